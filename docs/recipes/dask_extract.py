#!/usr/bin/env python3
"""Map `extract - --input jsonl -f jsonl` over the partitions of a JSON Lines corpus on Dask.

    python3 dask_extract.py corpus.jsonl -- --id-field id -q > facts.jsonl
    python3 dask_extract.py corpus.jsonl --scheduler tcp://10.0.0.5:8786 -- --id-field id > facts.jsonl

The driver cuts the corpus into partitions at line ends (a record is never split), submits
each to the cluster, and every task runs `extract` as a subprocess on its partition. Outputs
are written in partition order as they arrive, so standard output is byte for byte the output
of one local `extract - --input jsonl -f jsonl [EXTRACT_ARGS] < corpus.jsonl`, and standard
error holds the partitions' messages in the same order (plus a line of ours per failed
partition, starting `dask_extract:`).

Without --scheduler or --scheduler-file, a cluster of --workers worker processes (one thread
each) is started on 127.0.0.1 for the run and shut down after it. With one, `extract` must be
installed on every worker machine (--extract names the command there); only the driver reads
the corpus, and it scatters each partition's bytes to a worker.

Exit status: 1 when a partition failed other than by exiting 2 (extract crashed or was killed,
took longer than --timeout, its worker was lost: its facts are missing) or the cluster could
not be reached; else 2 when a partition exited 2 (a record that is not usable, a document over
extract's own --timeout: its other facts are written, as in a local run) or on a usage error;
else 0. Every failed partition is named on standard error. 130 when interrupted.

Needs Dask distributed (Debian: python3-distributed). Run it as a script: worker processes are
started by re-importing this file, hence the __main__ guard.
"""
from __future__ import annotations

import argparse
import logging
import os
import shlex
import signal
import subprocess
import sys
import tempfile
from collections import deque
from contextlib import ExitStack
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO, Iterator

if TYPE_CHECKING:
    from distributed import Client, Future

# Dask's INFO lines (workers starting, scratch directories purged) would bury extract's
# messages; read from the environment when distributed is imported, here and in the workers.
os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")

# The subprocess gets its own -j1: the cluster's workers are the parallelism, and extract's
# default (one thread per core) on every worker would oversubscribe the machine.
EXTRACT_FIXED_ARGS = ["-", "--input", "jsonl", "-f", "jsonl", "-j1"]


@dataclass(frozen=True)
class Partition:
    """Whole lines `first_line` .. `last_line` (1-based, inclusive) of the corpus."""

    index: int
    first_line: int
    last_line: int

    def name(self, corpus: str) -> str:
        return f"partition {self.index} ({corpus} lines {self.first_line}-{self.last_line})"


@dataclass(frozen=True)
class Outcome:
    """What one task brings back: extract's exit code (None when it did not finish) and output."""

    returncode: int | None
    stdout: bytes
    stderr: bytes
    problem: str | None = None


def partitions(stream: BinaryIO, target_bytes: int) -> Iterator[tuple[Partition, bytes]]:
    """Cuts `stream` after the first line end at or past every `target_bytes`: records stay whole."""
    index, first, line_no, lines, size = 0, 1, 0, [], 0
    for line in stream:
        line_no += 1
        lines.append(line)
        size += len(line)
        if size >= target_bytes:
            yield Partition(index, first, line_no), b"".join(lines)
            index, first, lines, size = index + 1, line_no + 1, [], 0
    if lines:
        yield Partition(index, first, line_no), b"".join(lines)


def run_partition(command: list[str], first_line: int, data: bytes, timeout: float) -> Outcome:
    """Runs on a worker: `command` with the partition on its standard input."""
    # extract names a record without --id-field by its line on standard input (-:LINE) and
    # reports bad records by it; blank lines, which it skips, make those the corpus's lines.
    stdin = b"\n" * (first_line - 1) + data
    try:
        done = subprocess.run(command, input=stdin, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as e:  # run() has killed it
        return Outcome(None, b"", e.stderr or b"", f"took longer than {timeout:g} s (--timeout), killed")
    except OSError as e:
        return Outcome(None, b"", b"", f"could not run {command[0]!r}: {e}")
    return Outcome(done.returncode, done.stdout, done.stderr)


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description="Map `extract - --input jsonl -f jsonl` over the partitions of a JSON Lines corpus on Dask.",
        epilog="Arguments after -- go to extract (e.g. -- --id-field id -q).",
    )
    p.add_argument("corpus", help="JSON Lines file, one document per line (- for standard input)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="an existing cluster's scheduler (tcp://host:8786)")
    p.add_argument("--scheduler-file", metavar="FILE", help="an existing cluster's scheduler file (dask scheduler --scheduler-file)")
    p.add_argument("--workers", type=int, default=2, help="without a scheduler: worker processes started on 127.0.0.1 (default 2)")
    p.add_argument("--min-workers", type=int, default=1, metavar="N", help="wait until N workers are connected before starting (default 1)")
    p.add_argument("--extract", default="extract", metavar="COMMAND", help='the command on the workers (default "extract"; e.g. "node /opt/thai-facts/bin/extract.js")')
    p.add_argument("--partition-bytes", type=int, default=8_000_000, metavar="N", help="cut a partition at the first line end past N bytes (default 8000000)")
    p.add_argument("--timeout", type=float, default=600, metavar="SECONDS", help="time one partition may take before it is killed and reported (default 600)")
    p.add_argument("--connect-timeout", type=float, default=60, metavar="SECONDS", help="time to start or reach the cluster and see a worker (default 60)")
    # Everything after the first -- belongs to extract, options that look like ours included.
    cut = argv.index("--") if "--" in argv else len(argv)
    args = p.parse_args(argv[:cut])
    args.extract_args = argv[cut + 1:]
    if args.scheduler and args.scheduler_file:
        p.error("--scheduler and --scheduler-file: give one")
    if min(args.workers, args.min_workers, args.partition_bytes) < 1 or min(args.timeout, args.connect_timeout) <= 0:
        p.error("--workers, --min-workers and --partition-bytes must be ≥ 1, the timeouts > 0")
    return args


def _interrupted(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def connect(args: argparse.Namespace, stack: ExitStack) -> Client:
    """A client of the cluster the options name, or of one started here; closed with `stack`."""
    from distributed import Client, LocalCluster  # here, so that --help works without Dask

    if args.scheduler or args.scheduler_file:
        return stack.enter_context(Client(args.scheduler, scheduler_file=args.scheduler_file, timeout=args.connect_timeout))
    # Ports chosen by the system (0) and scratch space of our own, removed after the cluster:
    # runs beside each other on one machine do not collide or clean up after each other.
    scratch = stack.enter_context(tempfile.TemporaryDirectory(prefix="dask_extract-"))
    cluster = stack.enter_context(LocalCluster(
        n_workers=args.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
        scheduler_port=0, dashboard_address=None, silence_logs=logging.WARNING, local_directory=scratch,
    ))
    return stack.enter_context(Client(cluster, timeout=args.connect_timeout))


def map_partitions(client: Client, stream: BinaryIO, args: argparse.Namespace, command: list[str]) -> int:
    """Runs every partition of `stream`, writing outputs in partition order; returns the exit status."""
    out, err = sys.stdout.buffer, sys.stderr.buffer
    # A scheduler without workers would hold every task: fail within the connect timeout.
    client.wait_for_workers(args.min_workers, timeout=args.connect_timeout)
    window = max(2, 2 * sum(client.nthreads().values()))
    # Oldest first, at most `window` in flight: output streams in order, memory stays bounded.
    pending: deque[tuple[Partition, Future]] = deque()
    todo = partitions(stream, args.partition_bytes)
    status = 0
    while True:
        while len(pending) < window and (cut := next(todo, None)) is not None:
            part, data = cut
            # Scattered, the bytes go from here to a worker, not through the scheduler inside
            # the task graph; the task then runs where its data is.
            data_future = client.scatter(data, hash=False)
            pending.append((part, client.submit(run_partition, command, part.first_line, data_future, args.timeout, pure=False)))
        if not pending:
            return status
        part, future = pending.popleft()
        try:
            # The task kills its subprocess at --timeout; this covers a lost or stuck worker.
            outcome: Outcome = future.result(timeout=args.timeout + args.connect_timeout)
        except Exception as e:  # KilledWorker, TimeoutError, a task that raised
            future.cancel()
            outcome = Outcome(None, b"", b"", f"{type(e).__name__}: {e}")
        if outcome.returncode in (0, 2):
            out.write(outcome.stdout)
            out.flush()
        err.write(outcome.stderr)
        if outcome.returncode != 0:
            why = outcome.problem or f"extract exited {outcome.returncode}"
            if outcome.returncode == 2:
                status = status or 2
            else:
                why += "; its facts are missing"
                status = 1
            err.write(f"dask_extract: error: {part.name(args.corpus)}: {why}\n".encode())
        err.flush()


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    command = shlex.split(args.extract) + EXTRACT_FIXED_ARGS + args.extract_args
    # SIGTERM (a CI job cancelled) unwinds like Ctrl-C, so that the cluster is shut down.
    signal.signal(signal.SIGTERM, _interrupted)
    try:
        with ExitStack() as stack:
            # The corpus first: a wrong path should not wait for a cluster to start.
            stream = sys.stdin.buffer if args.corpus == "-" else stack.enter_context(open(args.corpus, "rb"))
            return map_partitions(connect(args, stack), stream, args, command)
    except KeyboardInterrupt:
        return 130
    except (OSError, TimeoutError) as e:
        sys.stderr.write(f"dask_extract: error: {e}\n")
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
