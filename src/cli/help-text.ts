/**
 * The text `--help` prints after commander's own usage and option list, for the command and its
 * subcommands (program.ts adds it). Kept apart so that the help reads as one document and the
 * parsing code stays short; the exit statuses listed here are program.ts's EXIT.
 */

export const EXAMPLES = `
Commands for rule authors (see extract rules --help, extract explain --help):
  extract rules list|validate|test [files...]   list, check or test rule files
  extract explain "<Thai text>"                 show how a piece of text is read
  extract text FILE...                          print the text facts' offsets refer to (HTML, DOCX, PDF)

Examples:
  $ extract seeds/                           every text file under seeds/, CSV on stdout
  $ extract seeds/ -f jsonl -o facts.jsonl   one JSON object per line, into facts.jsonl
  $ cat article.txt | extract - -f json      standard input, one JSON array
  $ extract news/ > facts.csv                a CSV file to open in a spreadsheet
  $ extract news/ --excel -o facts.csv       CSV for Excel (BOM, CRLF, no formulas)
  $ extract news/ -f html -o review.html     a page to check every fact in its text
  $ extract news/ -f xlsx -o facts.xlsx      an Excel workbook: facts, and a sheet of documents
  $ extract a.txt -r my-rules/               built-in rules plus my-rules/*.yaml
  $ extract a.txt --no-default-rules -r money.yaml
                                             only the rules in money.yaml
  $ extract corpus/ -j 8 -f jsonl -o facts.jsonl
                                             8 worker threads; the same output for any -j
  $ extract news/ --include '*.html' --exclude drafts
                                             saved web pages only, not under drafts/
  $ extract 'news/**/*.txt'                  a glob, expanded by extract when quoted
  $ extract - --input jsonl --id-field id -f jsonl < dump.jsonl
                                             one document per JSON line, named by its "id"

Directories are read recursively in name order; hidden files, binary files and this tool's
outputs (.csv .json .jsonl .xlsx) are skipped. .html/.htm, .docx and .pdf are read as web pages,
Word documents and PDF.
Input is UTF-8, UTF-16 with a byte-order mark, or TIS-620/Windows-874, detected per file
(--encoding to force one). Facts go to stdout (or -o); messages to stderr.

Exit status:
  0  success, also when no facts were found
  1  internal error (a bug)
  2  usage error, invalid rules, or an input or output that could not be read or written,
     or a document over --timeout (the other inputs are still processed and their facts written)
  130  interrupted (Ctrl-C; 143 for SIGTERM): an -o file is left as it was
`;

export const RULES_HELP = `
Actions:
  list                 every rule loaded: id, kind, file:line, origin (built-in or user), priority
  validate [files...]  check rule files without extracting: YAML, keys, patterns, lexicons,
                       captures, duplicate ids, and each rule's examples
  test [files...]      run every rule's examples and counterexamples, with a summary per file

Without files, validate and test check the built-in rules.

Examples:
  $ extract rules list -r my-rules/
  $ extract rules validate my-rules/power.yaml
  $ extract rules test my-rules/

Exit status: 0 clean, 1 problems found, 2 could not run (e.g. an unreadable file).
`;

export const EXPLAIN_HELP = `
Shows the normalized text, every rule that matched with its span and captures, the words
around each candidate as the segmenter cut them, and why each losing candidate lost.

Example:
  $ extract explain "มีพื้นที่ก่อสร้างประมาณ 19,000 ตารางเมตร"
`;
