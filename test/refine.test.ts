/**
 * The refine chain, step by step, on sentences of the public-domain government news corpus
 * (thaigov) and made-up text in its style: each step's cue, its exceptions, and its scope.
 */
import { describe, expect, test } from "vitest";
import { CHAIN } from "../src/core/refine/chain.js";
import { Scopes } from "../src/core/refine/scopes.js";
import { extractFacts } from "../src/core/index.js";
import { linePeriods } from "../src/core/extract/document.js";
import { builtinRules, factsOf, rulesWith, segmenter } from "./helpers.js";

const fact = (text: string, written: string) => {
  const found = factsOf(text).find((f) => f.text === written);
  if (!found) throw new Error(`no fact «${written}» in ${JSON.stringify(text)}: ${factsOf(text).map((f) => f.text).join(", ")}`);
  return found;
};

/** A fact under the built-in rules and docs/recipes/approvals-as-plans.yaml: approvals and budget frames as plans. */
let approvals: ReturnType<typeof rulesWith> | undefined;
const planFact = (text: string, written: string) => {
  approvals ??= rulesWith("docs/recipes/approvals-as-plans.yaml");
  const facts = extractFacts(text, approvals, segmenter).facts;
  const found = facts.find((f) => f.text === written);
  if (!found) throw new Error(`no fact «${written}» in ${JSON.stringify(text)}: ${facts.map((f) => f.text).join(", ")}`);
  return found;
};

describe("the chain", () => {
  test("runs its steps in the documented order", () => {
    expect(CHAIN.map((step) => step.name)).toEqual(["vetoes", "overlap", "dates", "time", "qualifier", "sign", "change", "year", "target", "subject"]);
  });
});

describe("sign", () => {
  test.each([
    ["หน่วยเปิดใหม่จะต่ำกว่า H1/63 ร้อยละ-42.9", "ร้อยละ-42.9", -42.9],
    ["ภาคเกษตร -3.9% ภาคนอกเกษตร 7.2%", "-3.9%", -3.9],
    ["อัตราเงินเฟ้อ −0.5% ต่อปี", "−0.5%", -0.5],
    ["โดยอุณหภูมิติดลบ 70 องศาเซลเซียส สามารถอยู่ได้", "70 องศาเซลเซียส", -70],
    ["ยังคงติดลบถึงร้อยละ 7.9", "ร้อยละ 7.9", -7.9],
    // A qualifier may stand between too (a fund's balance, ติดลบประมาณ: about minus).
    ["ฐานะกองทุนฯ จะปรับดีขึ้นเป็นติดลบประมาณ 75,000 ล้านบาท", "75,000 ล้านบาท", -75_000_000_000],
    ["ทำให้สาขาอุตสาหกรรมติดลบไปด้วย 4 % ขณะที่", "4 %", -4],
    // Minus said as a word.
    ["ถือว่าไทยทำได้ดี โดยอินเดีย ลบ 2.6% เกาหลีใต้", "2.6%", -2.6],
    // A rate's spread below its base, the minus glued to it (thaigov 2564–2567, housing loans): a sign, as
    // readers of unseen releases keyed it.
    ["อัตราดอกเบี้ยเฉลี่ย 3 ปี เท่ากับ MRR-1.00% ต่อปี", "-1.00%", -1],
    ["ปีที่ 4 ขึ้นไป SPRL-0.5% ต่อปี ผ่อนได้นาน", "-0.5%", -0.5],
  ])("%s → %s is %d", (text, written, value) => {
    expect(fact(text, written).value).toBe(value);
  });

  test.each([
    ["- 20% สำหรับสมาชิก", "20%"],
    ["-20% สำหรับสมาชิก", "20%"],
    // After a rate's name, ลบ is arithmetic: a margin below it (FACTS.md makes only the written minus a sign).
    ["อัตราดอกเบี้ยปีที่ 3 MRR ลบ 3.16% ต่อปี", "3.16%"],
  ])("no sign: a range's dash or a bullet (%s)", (text, written) => {
    expect(fact(text, written).value).toBeGreaterThan(0);
  });

  test("a spread's subject is named before its base (thaigov 2567, a housing bank's rates); else the base names it", () => {
    const ghb = "ปีที่ 4 จนถึงตลอดอายุสัญญา กรณีลูกค้าสวัสดิการ เท่ากับ MRR-1.00% ต่อปี และกรณีลูกค้ารายย่อย เท่ากับ MRR-0.50% ต่อปี";
    expect([fact(ghb, "-1.00%").subject, fact(ghb, "-0.50%").subject]).toEqual(["กรณีลูกค้าสวัสดิการ", "กรณีลูกค้ารายย่อย"]);
  });

  test("a plus glued to a rate's name is a rise of the spread, in the span; a name's hyphen stays no figure", () => {
    expect(fact("หลังจากนั้นคิด MOR+1.00% ต่อปี", "+1.00%")).toMatchObject({ value: 1, change: "increase", subject: "MOR" });
    expect(factsOf("ผู้ติดเชื้อ COVID-19 อีก 5 ราย").map((f) => f.text)).toEqual(["5 ราย"]);
  });

  test("a dash after a number is a range's", () => {
    const f = factsOf("สินเชื่อธนาคารออมสิน 10,000 -15,000 บาทต่อราย")[0];
    expect([f?.value, f?.value_max]).toEqual([10000, 15000]);
  });

  test("a count is never negative", () => {
    expect(fact("ผู้ป่วยติดลบ 5 ราย", "5 ราย").value).toBe(5);
  });
});

describe("change", () => {
  test("พุ่ง alone is a rise before a percentage, the level reached before an amount", () => {
    // Headlines from the corpus: totals that soared to a level.
    expect(fact("ส่งออกสินค้าเกษตรไทย 6 เดือน พุ่ง 716,581 ล้านบาท", "716,581 ล้านบาท").change).toBeUndefined();
    expect(fact("ราคาน้ำมันดีเซลก็พุ่งถึง 29.99 บาท/ลิตร", "29.99 บาท/ลิตร").change).toBeUndefined();
    expect(fact("ยอดส่งออกพุ่ง 25%", "25%").change).toBe("increase");
  });

  test("a cut in a cost named after ลด is a fall; a cut in price is a discount, and a clause start ends the object", () => {
    expect(fact("ยันสิ้นปี คาดลดค่าครองชีพกว่า 100 ล้านบาท", "100 ล้านบาท").change).toBe("decrease");
    expect(fact("ลดราคาพิเศษสูงสุด 50%", "50%").change).toBeUndefined();
    // From the corpus: a subsidy asked for, in a clause of its own after โดย.
    expect(fact("เพื่อลดปริมาณการผลิตโดยขอการสนับสนุนไร่ละ 10,000 บาทจากรัฐบาล", "10,000 บาท").change).toBeUndefined();
  });

  test("a rate of growth of what is named after it (อัตราการขยายตัวของตลาด) is the size of that growth", () => {
    expect(fact("อัตราการขยายตัวของตลาดร้อยละ 10.3", "ร้อยละ 10.3").change).toBe("increase");
    expect(fact("มีอัตราการเติบโตของราคาร้อยละ 8.02 (YoY)", "ร้อยละ 8.02").change).toBe("increase");
    // A share of what is named after it is none.
    expect(fact("มีสัดส่วนของตลาดร้อยละ 10.3", "ร้อยละ 10.3").change).toBeUndefined();
  });

  test("a cue glued after an unknown name's last syllable (…นท์ปรับลดลง) is read after its silenced letter", () => {
    // The segmenter cuts เบร|นท์ปรับลดลง: no word starts at ปรับลดลง, but a syllable does.
    expect(fact("ราคาน้ำมันดิบเบรนท์ปรับลดลง 1.25 ดอลลาร์ มาอยู่ที่ 78.40 ดอลลาร์ต่อบาร์เรล", "1.25 ดอลลาร์").change).toBe("decrease");
    // A figure's own match still ends at a word boundary: องค์การ is no classifier องค์.
    expect(factsOf("โครงการที่เสนอโดยองค์การมหาชน (1 องค์การมหาชน 1 ประเด็น)").some((f) => f.text === "1 องค์")).toBe(false);
  });

  test("ย่อตัว (pulls back), as a market wrap writes it, is a fall", () => {
    expect(fact("ดัชนีหุ้นไทยย่อตัว 0.5% มาอยู่ที่ 1,450 จุด", "0.5%")).toMatchObject({ change: "decrease", subject: "ดัชนีหุ้นไทย" });
    const gold = "ราคาทองคำในตลาดโลกปิดที่ 2,790 ดอลลาร์ต่อออนซ์ ก่อนย่อตัวลงมาปิดที่ 2,735 ดอลลาร์ต่อออนซ์";
    expect(fact(gold, "2,735 ดอลลาร์ต่อออนซ์")).toMatchObject({ subject: "ราคาทองคำในตลาดโลก" });
  });

  test("a rise's list goes on past an analyst's period after the figure before (5% YoY และ 8% QoQ)", () => {
    // A business sentence of our own.
    const profit = "บริษัทรายงานกำไรสุทธิ 3Q67 ที่ 4,210 ลบ. เพิ่มขึ้น 5% YoY และ 8% QoQ";
    expect([fact(profit, "5%").change, fact(profit, "8%").change]).toEqual(["increase", "increase"]);
  });

  test("a rise's list goes on past the base the figure before names after it (จากไตรมาสก่อน และ …)", () => {
    const bank = "ธนาคารรายงานผลประกอบการไตรมาส 2/2567 มีกำไรสุทธิ 12,145 ล้านบาท เพิ่มขึ้น 3.2% จากไตรมาสก่อน และ 8.9% จากช่วงเดียวกันของปีก่อน";
    expect([fact(bank, "3.2%").change, fact(bank, "8.9%").change]).toEqual(["increase", "increase"]);
  });

  test("a degree between a rise or fall and its figure (เล็กน้อย) is stepped over, and names nothing", () => {
    const mpi = "ดัชนีผลผลิตอุตสาหกรรม (MPI) หดตัวเล็กน้อยร้อยละ 0.1 จากช่วงเดียวกันของปีก่อน";
    expect(fact(mpi, "ร้อยละ 0.1")).toMatchObject({ change: "decrease", subject: "ดัชนีผลผลิตอุตสาหกรรม (MPI)" });
  });

  test("a rise or fall measured from two periods joined, with both before them, is the size of each figure after", () => {
    // Regional economic reports (สศค.): year on year, and month on month after seasonal adjustment, respectively.
    const rise = "การจัดเก็บภาษีมูลค่าเพิ่ม ณ ราคาคงที่ขยายตัวเมื่อเทียบกับช่วงเดียวกันของปีก่อน และเดือนก่อนหน้าหลังขจัดผลทางฤดูกาลร้อยละ 22.3 และ 1.3 ตามลำดับ";
    expect([fact(rise, "ร้อยละ 22.3").change, fact(rise, "1.3").change]).toEqual(["increase", "increase"]);
    const fall = "เงินทุนของโรงงานที่เริ่มประกอบกิจการชะลอตัวลงทั้งเมื่อเทียบกับช่วงเดียวกันของปีก่อนและเดือนก่อนหน้าหลังขจัดผลทางฤดูกาลร้อยละ -81.3 และ -69.5 ตามลำดับ";
    expect([fact(fall, "ร้อยละ -81.3").change, fact(fall, "-69.5").change]).toEqual(["decrease", "decrease"]);
    // Not across another figure's words: a level between is no period.
    expect(fact("รายได้ขยายตัวเมื่อเทียบกับช่วงเดียวกันของปีก่อน และรายจ่ายอยู่ที่ร้อยละ 4.1", "ร้อยละ 4.1").change).toBeUndefined();
  });

  test("a list's next item continues the change past the year linked after the item before", () => {
    // thaigov 57545 (the outlook for 2565 and 2566).
    const outlook = "คาดขยายตัวต่อเนื่องที่ร้อยละ 3.3 ในปี 2565 และร้อยละ 4.2 ในปี 2566";
    expect([fact(outlook, "ร้อยละ 3.3").change, fact(outlook, "ร้อยละ 4.2").change]).toEqual(["increase", "increase"]);
  });

  test("items named after a rise or a fall and ทั้ง (both) share it", () => {
    // thaigov 46140 (the southern housing market, REIC).
    const units = "มีมูลค่ารวมประมาณ 67,207 ล้านบาท ลดลงทั้งจำนวนหน่วยและมูลค่า ร้อยละ -2.6 และ -2.1 ตามลำดับ";
    expect([fact(units, "ร้อยละ -2.6").change, fact(units, "-2.1").change]).toEqual(["decrease", "decrease"]);
    // ทั้ง alone, with no rise or fall right before it, shares nothing.
    expect(fact("ประเมินทั้งจำนวนหน่วยและมูลค่า ร้อยละ 2.6", "ร้อยละ 2.6").change).toBeUndefined();
  });

  test("a percentage restating the level a change reached from a base is the change's size", () => {
    // thaigov 63493 (livestock exports 2565).
    const pet = "3) อาหารสัตว์เลี้ยง (Pet Food) เพิ่มขึ้นจาก 70,991 ล้านบาท เป็น 90,228 ล้านบาท หรือ 27%";
    expect([fact(pet, "70,991 ล้านบาท").change, fact(pet, "90,228 ล้านบาท").change, fact(pet, "27%").change]).toEqual([undefined, undefined, "increase"]);
    // A level with no change before its base restates nothing.
    expect(fact("ราคาจาก 50 บาท เป็น 60 บาท หรือ 20%", "20%").change).toBeUndefined();
  });

  test("a list of percentages shares the change written before its list word; an item's own change word or a clause start ends it", () => {
    const mpi = "อุตสาหกรรมสำคัญที่ผลผลิตลดลง ได้แก่ รถยนต์ -18.9% เหล็กและเหล็กกล้า -7.6% ขณะที่อุตสาหกรรมที่ขยายตัว ได้แก่ ฮาร์ดดิสก์ไดรฟ์ 22.4% และน้ำตาล 31.5%";
    expect(["-18.9%", "-7.6%", "22.4%", "31.5%"].map((w) => fact(mpi, w).change)).toEqual(["decrease", "decrease", "increase", "increase"]);
    const markets = "ตลาดส่งออกสำคัญที่ขยายตัวดี ได้แก่ สหรัฐฯ เพิ่มขึ้น 18.5% จีน 20.1% และอาเซียน 9.6% ส่วนญี่ปุ่นหดตัว 4.2%";
    expect(["20.1%", "9.6%", "4.2%"].map((w) => fact(markets, w).change)).toEqual(["increase", "increase", "decrease"]);
    // thaigov: likewise (เช่นเดียวกัน) opens no list; a level after it is no change.
    expect(fact("โดยอัตราการใช้กำลังการผลิตเพิ่มขึ้นเช่นเดียวกัน (ร้อยละ 69.59) เป็นผลจากมาตรการ", "ร้อยละ 69.59").change).toBeUndefined();
    // A word of degree may stand between the change and the list word.
    const cards = "โดยหมวดที่ขยายตัวสูงได้แก่ ท่องเที่ยวและโรงแรม 11.5% ร้านอาหาร 8.2% และช้อปปิ้งออนไลน์ 7.9%";
    expect(["11.5%", "8.2%", "7.9%"].map((w) => fact(cards, w).change)).toEqual(["increase", "increase", "increase"]);
    // With no list word, names between percentages make no list (คิดเป็นอัตราดอกเบี้ย 1.1% ต่อปี, dev2's ryt9).
    expect(fact("ผู้ป่วยจากตะวันออกกลางเพิ่มขึ้น 21% กัมพูชา 14%", "14%").change).toBeUndefined();
    // A list with no change before its word shares none.
    expect(fact("สินค้าส่งออกสำคัญ ได้แก่ ข้าว 25.8% และยางพารา 3.9%", "3.9%").change).toBeUndefined();
  });

  test("a verb of growth before ใน opens a list of markets, each with its own percentage, that share its change", () => {
    // thaigov 2567, the Commerce ministry's export report; a group's count in brackets is part of its name.
    const markets = "โดยขยายตัวต่อเนื่องในตลาดสหรัฐฯ ร้อยละ 9.1 และ CLMV ร้อยละ 9.6 กลับมาขยายตัวในตลาดจีน ร้อยละ 31.2 ขณะที่กลับมาหดตัวในตลาดอาเซียน (5) ร้อยละ 0.6 และสหภาพยุโรป (27) ร้อยละ 5.4 แต่หดตัวต่อเนื่องในตลาดญี่ปุ่น ร้อยละ 1.0";
    expect(["ร้อยละ 9.1", "ร้อยละ 9.6", "ร้อยละ 31.2", "ร้อยละ 0.6", "ร้อยละ 5.4", "ร้อยละ 1.0"].map((w) => fact(markets, w).change))
      .toEqual(["increase", "increase", "increase", "decrease", "decrease", "decrease"]);
    // A period's ใน opens no list: a figure after a change's is not its item.
    expect(fact("ในไตรมาส 2 เศรษฐกิจขยายตัวร้อยละ 2.3 อัตราเงินเฟ้อ ร้อยละ 1.1", "ร้อยละ 1.1").change).toBeUndefined();
    // Nor does ใน after a verb that is no verb of growth (ฝากเงินเพิ่ม: deposit more).
    expect(fact("ฝากเงินเพิ่มในบัญชี Senior Savings รับผลตอบแทนเฉลี่ยร้อยละ 1.54 ต่อปี", "ร้อยละ 1.54").change).toBeUndefined();
  });

  test("a currency's firming or weakening without ขึ้น, ลง, and an index's points up (บวก) are changes", () => {
    expect(fact("เงินบาทอ่อนค่า 0.5% เมื่อเทียบกับดอลลาร์", "0.5%").change).toBe("decrease");
    expect(fact("ดัชนีปิดที่ 1,450.25 จุด บวก 10.2 จุด", "10.2 จุด").change).toBe("increase");
    expect(fact("SET ปิดที่ 1,450.25 จุด ลบ 5.3 จุด", "5.3 จุด")).toMatchObject({ change: "decrease", value: 5.3 });
    // Before a percentage, บวก and ลบ give a spread over a reference rate.
    expect(fact("อัตราดอกเบี้ย MRR ลบ 3.16% ต่อปี", "3.16%").change).toBeUndefined();
  });

  test("a change verb's short object right before the figure: the figure is the change; a longer phrase is a level to reach", () => {
    expect(fact("โดยมีคณะกรรมการ 2 ท่านเห็นควรให้ปรับขึ้นอัตราดอกเบี้ยร้อยละ 0.25 เพราะ", "ร้อยละ 0.25").change).toBe("increase");
    expect(fact("ซึ่งหากเพิ่มสัดส่วนให้ได้ตามที่กำหนดไว้ร้อยละ 60 ก็จะช่วย", "ร้อยละ 60").change).toBeUndefined();
  });

  test.each([
    ["การส่งออกสินค้าจะขยายตัวที่ร้อยละ 8.1 ต่อปี (ช่วงคาดการณ์ที่ร้อยละ 7.6 ถึง 8.6)", "ร้อยละ 7.6 ถึง 8.6", "increase"],
    ["การลงทุนภาคเอกชนคาดว่าหดตัวที่ร้อยละ -1.9 (ช่วงคาดการณ์ที่ร้อยละ -2.4 ถึง -1.4)", "ร้อยละ -2.4 ถึง -1.4", "decrease"],
  ])("a forecast's range in brackets after it continues its change (%s)", (text, written, change) => {
    expect(fact(text, written).change).toBe(change);
  });

  test("a rise said of a measure named after it is the figure's change; a discount is none", () => {
    expect(fact("ชาวไร่อ้อยปรับขึ้นราคาน้ำตาลทรายหน้าโรงงานอีก 1.75 บาท/กก. มีผลวันนี้", "1.75 บาท/กก.").change).toBe("increase");
    expect(fact("โครงการ E) เพิ่มวงเงินลงทุนจำนวน 9,000 ล้านบาท จากเดิมที่อนุมัติ", "9,000 ล้านบาท").change).toBe("increase");
    expect(fact("นำทรัพย์ NPA ลดราคาพิเศษสูงสุด 50% ราคาต่ำสุดเพียง", "50%").change).toBeUndefined();
    // A grade's number inside the measure named (เบนซิน 91) keeps it one phrase.
    expect(fact("ประกาศปรับขึ้นราคาน้ำมันเบนซิน 91 อีกลิตรละ 50 สตางค์ โดยมีผล", "50 สตางค์").change).toBe("increase");
  });

  // A `change_object` noun the verb acts on (thaigov 2564–2568: mediation savings, farm costs, community income,
  // state banks' loans, the MR-MAP plan); not without its verb right before it, nor พื้นที่ before a share.
  test.each([
    ["ไกล่เกลี่ยสำเร็จ 14,327 ราย ลดค่าใช้จ่ายประชาชน 1,953 ล้านบาท", "1,953 ล้านบาท", "decrease"],
    ["ทำให้ธุรกิจช่วยลดต้นทุนได้กว่า 30% อีกทั้ง บูรณาการ", "30%", "decrease"],
    ["ส่งเสริมอาชีพอย่างยั่งยืนเพิ่มรายได้ชุมชนกว่า 2 พันล้านบาท", "2 พันล้านบาท", "increase"],
    ["4 แบงก์รัฐ ลดดอกเบี้ยเงินกู้สูงสุด 0.25% ต่อปี", "0.25%", "decrease"],
    ["พัฒนามอเตอร์เวย์คู่รถไฟ ลดพื้นที่เวนคืนได้ 1.35 แสนไร่", "1.35 แสนไร่", "decrease"],
    // A tax and a penalty surcharge (thaigov 2563-2567: EV road tax, student-loan relief).
    ["ภาษีประจำปีสำหรับรถยนต์ไฟฟ้า มีผลบังคับใช้แล้ว ลดภาษีสูงถึง 80% เป็นเวลา 3 ปี", "80%", "decrease"],
    ["ขอเพียงมาปรับโครงสร้างหนี้ ผ่อนได้อีก 15 ปี ลดเบี้ยปรับ 100% ปลดผู้ค้ำประกัน", "100%", "decrease"],
    // As much as (มากถึง) stands between as สูงถึง does (thaigov 2566, construction materials' prices).
    ["โดยเฉพาะอย่างยิ่งราคาสุขภัณฑ์ที่เพิ่มขึ้นมากถึงประมาณร้อยละ 13.2 เมื่อเทียบกับ", "ร้อยละ 13.2", "increase"],
    // Part of a longer name: the measure before it is the verb's (ปริมาณ).
    ["จะช่วยเพิ่มปริมาณน้ำต้นทุนให้กับอ่างเก็บน้ำบางพระ ปีละประมาณ 80 ล้าน ลบ.ม. สำหรับการอุปโภค", "80 ล้าน ลบ.ม.", "increase"],
    ["มีรายได้ 500 บาทต่อวัน", "500 บาทต่อวัน", undefined],
    ["สนับสนุนการเพิ่มพื้นที่ป่าให้ถึงร้อยละ 40 ของประเทศ", "ร้อยละ 40", undefined],
    // Any object after a `change_verb_object` verb, up to eight words (thaigov 2564-2568: vaccine efficacy, an
    // interest rate rise, emissions cut, debt mediation).
    ["สธ. เผยผลการศึกษาประสิทธิผลวัคซีนซิโนแวค สามารถลดโอกาสการติดเชื้อได้ถึงร้อยละ 83.3", "ร้อยละ 83.3", "decrease"],
    ["ธอส. ประกาศปรับขึ้นอัตราดอกเบี้ยเงินกู้ทุกประเภท 0.25% ต่อปี", "0.25%", "increase"],
    ["ศูนย์การประชุม ลดปริมาณก๊าซเรือนกระจก 14,969.02 กิโลกรัม", "14,969.02 กิโลกรัม", "decrease"],
    ["ไกล่เกลี่ย ลดหนี้สินให้ประชาชนแล้วกว่า 1.5 พันล้านบาท", "1.5 พันล้านบาท", "decrease"],
    ["จะช่วยเพิ่มสภาพคล่องให้ประชาชนในระบบ ประมาณ 10,600 ล้านบาท", "10,600 ล้านบาท", "increase"],
    // A net rise or fall (thaigov 2565, the public debt plan): one word each, so that สุทธิ after a noun stays it.
    ["และแผนการชำระหนี้ ปรับเพิ่มขึ้นสุทธิ  22,941.85 ล้านบาท เป็น 362,233.72 ล้านบาท", "22,941.85 ล้านบาท", "increase"],
    ["แผนการบริหารหนี้เดิมของรัฐวิสาหกิจ ปรับลดลงสุทธิ 21,204.66 ล้านบาท", "21,204.66 ล้านบาท", "decrease"],
    ["บริษัทมีกำไรสุทธิ 6,023 ล้านบาท", "6,023 ล้านบาท", undefined],
    // Zero is a level reached, no size of a fall (thaigov 2564-2565: burnt cane, an interest cut to zero).
    ["เดินหน้าหนุนชาวไร่อ้อยตัดอ้อยสดลดอ้อยไฟไหม้ 0% เล็งหาพันธมิตร", "0%", undefined],
    ["ออกมาตรการลดอัตราดอกเบี้ยร้อยละ 0 ต่อปี", "ร้อยละ 0", undefined],
    // เพิ่ม after a noun it qualifies is "additional": no rise of anything (a fee, a further discount).
    ["และค่าบริการเพิ่มกรณีอื่นตามที่รัฐมนตรีกำหนดไม่เกิน 200 บาท", "200 บาท", undefined],
    // Not across a list: the object ended before it.
    ["เพื่อลดปัญหาอ้อยไฟไหม้และฝุ่นละอองขนาดเล็กกว่า 2.5 ไมครอน", "2.5 ไมครอน", undefined],
  ])("a change verb's object noun makes the figure after it the change's size (%s)", (text, written, change) => {
    expect(fact(text, written).change).toBe(change);
  });

  test("a total (รวม) after a rise or fall is its whole size; a rate's unit may follow the period it is measured from", () => {
    expect(fact("ลูกหนี้ที่ไกล่เกลี่ยแล้วเสร็จ จำนวน 136,916 ราย มูลหนี้ลดลงรวม 1,140.354 ล้านบาท", "1,140.354 ล้านบาท").change).toBe("decrease");
    expect(fact("รายได้มีการเติบโตขึ้นรวมกว่า 6,000 ล้านบาท", "6,000 ล้านบาท").change).toBe("increase");
    expect(fact("ราคาปาล์มเพิ่มขึ้นจากวานนี้(8มิ.ย.) กิโลกรัมละ 30 สตางค์ ดังนี้", "30 สตางค์").change).toBe("increase");
  });

  test("a market report's colloquial fall (ตกฮวบ) is a decrease, of a price or a share", () => {
    const text = "ราคายางพารา แค่สัปดาห์เดียวตกฮวบถึง กก.ละ 21 บาท";
    expect(fact(text, "21 บาท").change).toBe("decrease");
    // A headline's slump (ทรุด) of a share; a building that subsides is no change of a count.
    expect(fact("ส่งออกสิ่งทอ-เครื่องนุ่งห่มทรุด 3% ตลาดสหรัฐฯ หดตัว", "3%").change).toBe("decrease");
    expect(fact("พบอาคารทรุด 1 หลัง", "1 หลัง").change).toBeUndefined();
    // A single week is a time (เดียว after a word of time), no name.
    expect(fact(text, "21 บาท").subject).toBe("ราคายางพารา");
  });

  test("another period's level in brackets after a change is none", () => {
    expect(fact("ผู้ต้องหาลดลง 478 คน (ปี 2566 จำนวน 3,905 คน ปี 2567 จำนวน 3,427 คน)", "3,905 คน").change).toBeUndefined();
  });

  test.each([
    ["ปตท.และบริษัทย่อยมีรายได้จากการขายจำนวน 1,604,222 ล้านบาท เพิ่มขึ้น จำนวน 69,254 ล้านบาท หรือร้อยละ 4.5", "69,254 ล้านบาท", "increase"],
    ["การบริโภคภาคเอกชนคาดว่าจะขยายตัวได้ต่อเนื่องที่ร้อยละ 4.6", "ร้อยละ 4.6", "increase"],
  ])("cue words between a change and its figure: an amount's จำนวน, up to four of them (%s)", (text, written, change) => {
    expect(fact(text, written).change).toBe(change);
  });

  test.each([
    ["ราคายางแผ่นดิบ กก.ละ 80.75 บาท เท่ากับลดลง กก.ละ 6 บาท", "6 บาท", "decrease"],
    ["ผู้ป่วยเบาหวาน 6,200 คน เพิ่มปีละ 500 คน", "500 คน", "increase"],
  ])("a rate's unit between a change and its figure is what the change is per (%s)", (text, written, change) => {
    expect(fact(text, written).change).toBe(change);
  });

  test("เกิดขึ้น (to occur) holds no rise", () => {
    expect(fact("ตั้งสำรองผลขาดทุนด้านเครดิตที่คาดว่าจะเกิดขึ้นจำนวน 8,058 ล้านบาท", "8,058 ล้านบาท").change).toBeUndefined();
  });

  test.each([
    ["อัตราเงินเฟ้ออยู่ที่ร้อยละ 1.5", "ร้อยละ 1.5"],
    // After another rise, อยู่ที่ is the level reached.
    ["หนี้สาธารณะต่อ GDP จะเพิ่มขึ้นอยู่ที่ร้อยละ 55.4 ต่อ GDP", "ร้อยละ 55.4"],
  ])("อยู่ที่ says a level unless a change_rate verb stands before it (%s)", (text, written) => {
    expect(fact(text, written).change).toBeUndefined();
  });

  test("a change of pace after a verb of growth (ขยายตัวชะลอลง) keeps the growth's direction", () => {
    expect(fact("สินเชื่อของระบบธนาคารพาณิชย์ขยายตัวชะลอลงต่อเนื่องที่ร้อยละ 5.6 จากระยะเดียวกันปีก่อน", "ร้อยละ 5.6").change).toBe("increase");
    expect(fact("การส่งออกหดตัวชะลอลงที่ร้อยละ 2.1", "ร้อยละ 2.1").change).toBe("decrease");
    expect(fact("อัตราเงินเฟ้อชะลอลงร้อยละ 0.3", "ร้อยละ 0.3").change).toBe("decrease");
    // Cue words between the verb and a level cue before the rate (มา, ต่อเนื่อง) are stepped over too.
    expect(fact("เศรษฐกิจไทยปี 2568 คาดว่าจะขยายตัวเร่งขึ้นมาอยู่ที่ร้อยละ 3.0 ต่อปี", "ร้อยละ 3.0").change).toBe("increase");
    expect(fact("ยอดจัดเก็บขยายตัวต่อเนื่องมาอยู่ที่ร้อยละ 6.7 ต่อปี", "ร้อยละ 6.7").change).toBe("increase");
    expect(fact("หนี้สาธารณะเพิ่มขึ้นมาอยู่ที่ร้อยละ 55.4", "ร้อยละ 55.4").change).toBeUndefined();
    // So is เหลือ ("down to") after a change of pace: the growth slowed to that rate; a level elsewhere.
    expect(fact("สินเชื่อธุรกิจ (ร้อยละ 68.9 ของสินเชื่อรวม) ขยายตัวชะลอลงเหลือร้อยละ 4.5", "ร้อยละ 4.5").change).toBe("increase");
    expect(fact("อัตราการว่างงานเหลือร้อยละ 1.0", "ร้อยละ 1.0").change).toBeUndefined();
    expect(fact("ผู้ป่วยลดลงเหลือร้อยละ 5", "ร้อยละ 5").change).toBeUndefined();
  });

  test("a comparison word before another figure (มากกว่า 18 ปี: an age) measures no change of the figure after it", () => {
    expect(fact("ผู้ที่มีอายุมากกว่า 18 ปี จำนวน 8.3 แสนคน", "8.3 แสนคน").change).toBeUndefined();
    expect(fact("ปริมาณน้ำมากกว่าปีที่แล้ว จำนวน 500 ล้าน ลบ.ม.", "500 ล้าน ลบ.ม.").change).toBe("increase");
  });

  test.each([
    ["ราคา 100 บาท เพิ่มขึ้นจากเดือนเมษายน 5%", "5%", "increase"],
    ["ยอดขาย 49,871 คัน เพิ่มขึ้นจากเดือน เม.ย. 6.70%", "6.70%", "increase"],
    ["ดัชนีลดลงจากเดือน ก.ย. ร้อยละ 0.5", "ร้อยละ 0.5", "decrease"],
    ["เพิ่มขึ้นจากปี 2562 สูงถึงร้อยละ 96.5", "ร้อยละ 96.5", "increase"],
    ["ยอดขอส่งเสริมการลงทุนไตรมาสแรกปี 62 แตะ 128,903 ลบ. แต่วูบจากปี 61 ถึง 37.16%", "37.16%", "decrease"],
    ["ภาคธุรกิจกลับมาขยายตัวอยู่ที่ร้อยละ 15.3 ต่อปี", "ร้อยละ 15.3", "increase"],
    ["สภาพัฒน์ เผยจีดีพีไตรมาส 3/66 โตแค่ 1.5%", "1.5%", "increase"],
  ])("a rise or fall measured from a period: a month without its year, a cue_skip word before the figure (%s)", (text, written, change) => {
    expect(fact(text, written).change).toBe(change);
  });

  test.each([
    ["ผู้ป่วยรักษาหายเพิ่มขึ้น 124 ราย", "124 ราย", "increase"],
    ["การส่งออก มีมูลค่า 5,387,040.22 ล้านบาท หดตัวร้อยละ 7.69 ขณะที่การนำเข้า", "ร้อยละ 7.69", "decrease"],
    ["นักท่องเที่ยวทั่วโลกลดลง 900 ล้านคน หรือลดลง 72%", "72%", "decrease"],
    ["ปริมาณสินค้าลดลง 3 ล้านตัน หรือร้อยละ 8.2", "ร้อยละ 8.2", "decrease"],
    ["ผู้เสียชีวิตลดลงร้อยละ 2.7 และ 12.4 จากไตรมาสเดียวกันปีก่อน", "12.4", "decrease"],
    ["สินค้าส่งออกสำคัญ อาทิ แผงวงจรรวม (+24.3%)", "+24.3%", "increase"],
    // Unsold (เหลือขาย) is one word: its เหลือ is no level's cue hiding the fall before it (thaigov, REIC).
    ["โดยเป็นการลดลงของหน่วยบ้านจัดสรรเหลือขายร้อยละ -4.9 ขณะที่หน่วยเหลือขาย", "ร้อยละ -4.9", "decrease"],
    // Went missing is a fall, not before a length (business sentence, thaigov).
    ["โดยนักท่องเที่ยวจีนหายไปกว่า 34%", "34%", "decrease"],
    ["ประชุม JTC ไทย - เกาหลีใต้ ซึ่งห่างหายไปกว่า 20 ปี", "20 ปี", undefined],
    // How the change went stands between it and its figure (business sentences, thaigov).
    ["หุ้น DELTA ร่วงแรง 9.8% มาปิดที่ 115.50 บาท", "9.8%", "decrease"],
    ["ศูนย์วิจัยธนาคารกรุงไทย ประเมินยอดขายของภาคธุรกิจไทยในปี 2563 หดตัวลึก 9.0% และฟื้นตัวจำกัด", "9.0%", "decrease"],
    ["ยอดปฏิเสธสินเชื่อที่อยู่อาศัยพุ่งขึ้นไปถึง 60-70%", "60-70%", "increase"],
    ["ผู้ติดเชื้อเพิ่มขึ้นวันเดียวกว่า 57,000 ราย", "57,000 ราย", "increase"],
    // A minus after a list's item written with a plus: the list writes its changes with signs (business sentence).
    ["สินค้าที่ขยายตัวดี ได้แก่ ข้าว (+26.5%) ยางพารา (+15.2%) และน้ำตาลทราย (-8.4%)", "-8.4%", "decrease"],
    // Soared past a price: the level reached, no rise's size (พุ่ง alone is a rise only before a percentage).
    ["ราคายางพุ่งทะลุ 60 บาท", "60 บาท", undefined],
    ["มูลค่าประมาณ 2,894 ล้านบาท ลดลงจากช่วงเดียวกันของปีก่อนหน้าร้อยละ -48.2", "ร้อยละ -48.2", "decrease"],
    ["นายกรัฐมนตรีพอใจเศรษฐกิจไตรมาส2 เติบโตต่อเนื่อง 2.5% ขันน็อตทุกหน่วยงาน", "2.5%", "increase"],
    ["มีจำนวน 83 โครงการ เพิ่มขึ้นจากปี 2562 ร้อยละ177", "ร้อยละ177", "increase"],
    // After the level a change was measured from, the change's size.
    ["ราคาเฉลี่ยกิโลกรัมละ 41.45 บาท ลดลงจาก 41.75 บาท ของสัปดาห์ที่ผ่านมา กิโลกรัมละ 0.30 บาท", "0.30 บาท", "decrease"],
    ["ราคาข้าวเปลือกตันละ 9,500 บาท เพิ่มขึ้นจาก 9,300 บาท ของเดือนก่อน ตันละ 200 บาท", "200 บาท", "increase"],
    // A comparison with the period compared with before the figure: the difference.
    ["จัดเก็บได้กว่า 2 ล้านล้านบาท สูงกว่าช่วงเดียวกันของปีก่อน 191,122 ล้านบาท หรือ 10.5%", "10.5%", "increase"],
    ["ผลผลิตปี 2563 มากกว่าปีที่แล้วร้อยละ 6 และช่วงนี้ราคาข้าวอ่อนลง", "ร้อยละ 6", "increase"],
    ["ยอดขายรถยนต์ต่ำกว่าปีที่แล้วเกือบ 30%", "30%", "decrease"],
    // ที่ (at) before a rate stands between a change and its size.
    ["เศรษฐกิจไทยในปี 2566 ที่ขยายตัวที่ร้อยละ 1.9 ต่อปี", "ร้อยละ 1.9", "increase"],
  ])("%s → %s %s", (text, written, direction) => {
    expect(fact(text, written).change).toBe(direction);
  });

  test.each([
    ["ค่าคลอดบุตรเดิม 13,000 บาท เพิ่มเป็น 15,000 บาท", "15,000 บาท"],
    ["อัตราว่างงานเพิ่มขึ้นจากร้อยละ 1.9 ในไตรมาสก่อน", "ร้อยละ 1.9"],
    ["ผู้ป่วยลดลงเหลือ 500 ราย", "500 ราย"],
    // A comparison word right before the figure is a bound; before the level of another period, exact.
    ["ราคาสูงกว่า 5 บาท", "5 บาท"],
    ["จำนวนผู้ป่วยลดลงที่ 3 จังหวัด", "3 จังหวัด"],
    ["อัตราการว่างงานสูงกว่าร้อยละ 3.3 ของไตรมาสที่แล้ว", "ร้อยละ 3.3"],
    ["จีดีพีของอาเซียนติดลบร้อยละ 3.8 ในปีนี้", "ร้อยละ 3.8"],
    ["ดัชนีหดตัวร้อยละ 4.71 และ 11 เดือนแรกของปี", "11 เดือน"],
    ["ผู้ต้องขังใช้เงินเพิ่มจากเดิม 300 บาทต่อวันเป็น 600 บาทต่อวัน", "300 บาทต่อวัน"],
    // Within what time, after a change: no change's size.
    ["ผู้สัมผัสทั้งหมด 699 คน ขณะนี้ยังไม่พบการติดเชื้อเพิ่ม ภายใน 14 วัน", "14 วัน"],
    // A streak (หดตัวต่อเนื่อง 5 เดือน), not a change's size.
    ["มูลค่าการส่งออกหดตัวร้อยละ 3.9 (YoY) หดตัวต่อเนื่อง 5 เดือน แต่มีทิศทางการฟื้นตัว", "5 เดือน"],
  ])("no change: a level, ติดลบ, or a length of time after a change (%s)", (text, written) => {
    expect(fact(text, written).change).toBeUndefined();
  });
});

describe("time references and year", () => {
  test("a month and year governs the figures after it in its paragraph", () => {
    expect(fact("ซึ่งส่งผลให้ในเดือนมกราคม 2564 ปริมาณสินค้าผ่านท่าเพิ่มขึ้นร้อยละ 3.57 อยู่ที่ 9.253 ล้านตัน", "ร้อยละ 3.57").year).toBe(2021);
  });

  test("a day with nothing before it dates the figures after it in its paragraph; a day of history does not", () => {
    const today = "วันนี้ (30 กันยายน 2563) ที่ศูนย์ปฏิบัติการด้านข่าวโรคติดเชื้อไวรัสโคโรนา 2019 กระทรวงสาธารณสุข จ.นนทบุรี นายแพทย์ธนรักษ์ ผลิพัฒน์ รองอธิบดีกรมควบคุมโรค แถลงความคืบหน้าสถานการณ์ผู้ติดเชื้อในประเทศไทยวันนี้ มีผู้ติดเชื้อรายใหม่ 5 ราย เป็นผู้เดินทางจากต่างประเทศ";
    expect(fact(today, "5 ราย").year).toBe(2020);
    // A period before the day governs again after the day's clause.
    const period = "ในปี 2565 ธนาคารตั้งเป้า Digital Transaction 80% ซึ่งเปิดบริการไปแล้วเมื่อวันที่ 24 กันยายน 2563 ขณะที่ลูกค้าใช้บริการ 6 ล้านราย";
    expect(fact(period, "6 ล้านราย").year).toBe(2022);
    // A day years from its text's dateline is history: it dates its clause only.
    const history = "วันพุธที่ 1 มกราคม 2568\nกลุ่มสตรีบ้านนาก่อตั้งเมื่อวันที่ 1 มกราคม 2537 โดยชาวบ้านในพื้นที่ ขณะที่มีกลุ่มอาชีพสังกัดสหกรณ์จำนวน 3 กลุ่ม";
    expect(fact(history, "3 กลุ่ม").year).toBeUndefined();
  });

  test("a half or the first quarter with no year after it is of the year written before it, else the title's or the text's", () => {
    // thaigov (2567): a headline's half of the text's year.
    const rice = "นายกฯ ยินดีผลส่งออกข้าวไทย ครึ่งปีแรกส่งออกข้าวแล้วกว่า 5 ล้านตัน\nวันพฤหัสบดีที่ 1 สิงหาคม 2567\nในครึ่งปีแรกมีมูลค่า 300 ล้านบาท";
    expect([fact(rice, "5 ล้านตัน").year, fact(rice, "300 ล้านบาท").year]).toEqual([2024, 2024]);
    // Of the year written before it in its paragraph, not the text's.
    const doses = "ข่าว\nวันอังคารที่ 12 ตุลาคม 2564\nโดยมีแผนการส่งมอบวัคซีน AstraZeneca ในปี 2565 ภายในไตรมาสแรก จำนวน 15 ล้านโดส";
    expect(fact(doses, "15 ล้านโดส").year).toBe(2022);
    // Its year written after it says its year.
    const q1 = "ข่าว\nวันอังคารที่ 12 ตุลาคม 2564\nสำหรับในไตรมาสแรกปี 2565 มีการโอนกรรมสิทธิ์ จำนวน 2,107 หน่วย";
    expect(fact(q1, "2,107 หน่วย").year).toBe(2022);
  });

  test("a day written without its year dates its clause with the year its date was read with; said to be past, the last such day", () => {
    const show = "ยอดจองรถยนต์\nวันพฤหัสบดีที่ 7 เมษายน 2565\nงานมอเตอร์โชว์ ครั้งที่ 43 ที่ปิดฉากลงไปเมื่อ 3 เมษายนที่ผ่านมา มียอดจองรถยนต์ภายในงานรวมทั้งสิ้น 33,936 คัน";
    expect(fact(show, "33,936 คัน").year).toBe(2022);
    // The nearest 20 ธันวาคม to a text of 5 June 2566 is of 2565 either way; with ที่ผ่านมา after it, the
    // nearest 10 กรกฎาคม (2566, ahead) is last year's.
    const past = "ข่าว\nวันจันทร์ที่ 5 มิถุนายน 2566\nงานที่ปิดไปเมื่อ 10 กรกฎาคมที่ผ่านมา มีผู้เข้าชมงาน 5,000 คน";
    expect(fact(past, "5,000 คน").year).toBe(2022);
    // And the day's own fact says that day, not the nearest.
    expect(fact(past, "10 กรกฎาคม").value).toBe("2022-07-10");
    // Its clause only: the next sentence's figure is not dated by it.
    const clause = "ข่าว\nวันจันทร์ที่ 5 มิถุนายน 2566\nเมื่อ 2 มิถุนายน มีผู้ป่วย 20 ราย\nโรงพยาบาลมี 300 เตียง";
    expect([fact(clause, "20 ราย").year, fact(clause, "300 เตียง").year]).toEqual([2023, undefined]);
  });

  test("a rule in force, a law's penalty or a bound it sets (ไม่เกิน, ไม่น้อยกว่า), takes no year from the period its article opens with", () => {
    const penalty = "ข่าวแรงงาน\nวันศุกร์ที่ 8 ธันวาคม 2566\nในเดือนพฤศจิกายน 2566 กรมการจัดหางานตรวจสถานประกอบการ\nหากคนต่างด้าวฝ่าฝืน จะมีโทษปรับตั้งแต่ 5,000 – 50,000 บาท ขณะที่ตรวจพบแรงงาน 36 คน";
    expect(fact(penalty, "5,000 – 50,000 บาท").year).toBeUndefined();
    expect(fact(penalty, "36 คน").year).toBe(2023);
    // thaigov 70083 (July 2566): the kidney-treatment benefits of the social security scheme.
    const benefits = "ข่าวประกันสังคม\nวันศุกร์ที่ 7 กรกฎาคม 2566\nในเดือนมิถุนายน 2566 รองโฆษกเปิดเผยว่า มีผู้ประกันตนใช้สิทธิแล้ว 17,000 ราย\nการฟอกเลือดด้วยเครื่องไตเทียม ให้สิทธิในอัตราไม่เกิน 1,500 บาท ต่อครั้ง จ่ายแล้ว 364 ล้านบาท";
    expect(fact(benefits, "1,500 บาท ต่อครั้ง").year).toBeUndefined();
    expect(fact(benefits, "364 ล้านบาท").year).toBe(2023);
    // A bound its own clause dates keeps that year.
    expect(fact("ข่าว\nวันศุกร์ที่ 7 กรกฎาคม 2566\nในปี 2566 วงเงินกู้ไม่เกิน 2 ล้านบาท", "2 ล้านบาท").year).toBe(2023);
  });

  test("a bound that is no goal (a term, a limit) takes no year from outside its clause; a record and a goal do", () => {
    // thaigov (2563): the rice-pledging loans' terms, after the year of the crop (written here as one
    // year: a crop year across two, 2563/64, names none).
    const loans = "โครงการสินเชื่อเพื่อชะลอการขายข้าวเปลือกนาปี ปีการผลิต 2563 วงเงินรวม 15,284 ล้านบาท โดยเกษตรกรกู้ได้รายละไม่เกิน 300,000 บาท สหกรณ์การเกษตรแห่งละไม่เกิน 300 ล้านบาท และวิสาหกิจชุมชนแห่งละไม่เกิน 5 ล้านบาท";
    expect([fact(loans, "15,284 ล้านบาท").year, fact(loans, "300,000 บาท").year, fact(loans, "5 ล้านบาท").year]).toEqual([2020, undefined, undefined]);
    const record = "ในเดือนเมษายน 2564 พบผู้ติดเชื้อกระจายใน 32 จังหวัด กรุงเทพมหานครพบผู้ติดเชื้อสูงสุด 310 ราย";
    expect(fact(record, "310 ราย").year).toBe(2021);
    const goal = "ในปี 2568 ธอส. มีผลการดำเนินงานที่ดี พร้อมเดินหน้าปล่อยสินเชื่อใหม่อีกไม่ต่ำกว่า 150,000 ล้านบาท";
    expect(fact(goal, "150,000 ล้านบาท").year).toBe(2025);
  });

  test("the period an article opens with dates its later paragraphs that name none", () => {
    const report = "ภาวะเศรษฐกิจการคลังภูมิภาค\nวันพฤหัสบดีที่ 29 เมษายน 2564\nรายงานภาวะเศรษฐกิจการคลังภูมิภาคประจำเดือนมีนาคม 2564 พบว่า เศรษฐกิจภูมิภาคปรับตัวดีขึ้น\nการบริโภคภาคเอกชนในภาคเหนือ ขยายตัวร้อยละ 12.2 ต่อปี";
    expect(fact(report, "ร้อยละ 12.2").year).toBe(2021);
    // A year of history leads nothing: the first of the news's own time does.
    const history = "ข่าวชุมชน\nวันพุธที่ 1 มกราคม 2568\nกลุ่มสตรีบ้านนาก่อตั้งขึ้นในปี 2537 โดยชาวบ้าน\nกลุ่มมีสมาชิก 30 คน";
    expect(fact(history, "30 คน").year).toBeUndefined();
    // A year carried from paragraphs before makes no target: the passage's year, not the figure's.
    const plan = "ข่าวสาธารณสุข\nวันพุธที่ 13 พฤษภาคม 2563\nรัฐบาลวางแผนจัดหาวัคซีนในปี 2563\nขณะที่มีผู้ติดเชื้อแล้วมากกว่า 27 ล้านคนทั่วโลก";
    expect(fact(plan, "27 ล้านคน")).toMatchObject({ year: 2020, target: false });
    // An article opening with a plan's year after the news's own leads nothing (the world's cases are no 2021's).
    expect(fact(plan.replace("ในปี 2563", "ในปี 2564"), "27 ล้านคน").year).toBeUndefined();
    // A range of days longer than a month is a period figures are counted over: it leads.
    const arrivals = "ต่างชาติเที่ยวไทย\nกระทรวงการท่องเที่ยวฯ รายงานว่า ตั้งแต่วันที่ 1 มกราคม - 29 ธันวาคม 2567 มีนักท่องเที่ยวต่างชาติ 35,293,491 คน\n5 อันดับแรกของตลาด ได้แก่ จีน 6.65 ล้านคน มาเลเซีย 4.92 ล้านคน";
    expect(fact(arrivals, "6.65 ล้านคน").year).toBe(2024);
    // A day it opens with is the news's: it dates its own paragraph, not the figures paragraphs
    // after (thaigov 51803, February 2565: the results of a festival).
    const festival = "ข่าววัฒนธรรม\nวันอังคารที่ 22 กุมภาพันธ์ 2565\nวันที่ 22 กุมภาพันธ์ 2565 รัฐมนตรีกล่าวว่า ครม.รับทราบผลการจัดงาน มีผู้ร่วมงาน 5,000 คน\nรัฐมนตรีกล่าวด้วยว่า ผลของการจัดงานมีผู้เข้าร่วมกิจกรรมทุกช่องทางกว่า 1,000,000 คน";
    expect([fact(festival, "5,000 คน").year, fact(festival, "1,000,000 คน").year]).toEqual([2022, undefined]);
    // A shorter one is an event's days, and leads nothing.
    const fair = "งานแสดงสินค้า\nจัดงานระหว่างวันที่ 1 - 5 มีนาคม 2567 ที่ศูนย์ประชุม\nมีผู้เข้าชมงาน 35,000 คน";
    expect(fact(fair, "35,000 คน").year).toBeUndefined();
  });

  test("a day things take effect on dates the figures before it, in its clause or opening the next with โดย", () => {
    // A bank notice of our own: the cut and the new rate take effect on the days after โดยเริ่มตั้งแต่.
    const bank = "ข่าวการเงิน\nวันพฤหัสบดีที่ 6 มีนาคม 2568\nวันนี้ (6 มีนาคม 2568) โฆษกเปิดเผยว่า\n1. ธนาคารออมสิน ลดอัตราดอกเบี้ยเงินกู้ลง 0.25% ต่อปี เหลือ 6.65% โดยเริ่มตั้งแต่วันที่ 5 มีนาคม – 31 สิงหาคม 2568";
    expect([fact(bank, "0.25%").year, fact(bank, "6.65%").year]).toEqual([2025, 2025]);
    // Until further notice is how long the cut lasts, no plan: the rate kept after it is what is.
    const kept = "ธนาคารลดอัตราดอกเบี้ยเหลือ 6.65% หรือจนกว่าจะมีการเปลี่ยนแปลง ส่วนอัตรา MRR ยังคงอัตราเดิมที่ 6.595% ต่อปี";
    expect(fact(kept, "6.595%").target).toBe(false);
    // Not a clause that does something else first: its day is its own.
    const other = "ข่าวการเงิน\nวันพฤหัสบดีที่ 6 มีนาคม 2568\nวันนี้ (6 มีนาคม 2568) โฆษกเปิดเผยว่า\n1. ธนาคารออมสิน ลดอัตราดอกเบี้ยเงินกู้ลง 0.25% ต่อปี โดยจัดงานแถลงข่าวและเริ่มตั้งแต่วันที่ 5 มีนาคม 2568";
    expect(fact(other, "0.25%").year).toBeUndefined();
  });

  test("a calendar span of years starting next year is ahead even from October; a fiscal year's is under way", () => {
    // A bridge project of our own form, dated 18 October 2565 (no approval's words: see the target tests).
    const bridge = "โครงการสะพาน\nวันอังคารที่ 18 ตุลาคม 2565\nกรมทางหลวงชนบทดำเนินงานก่อสร้างโครงการสะพาน ระยะเวลาก่อสร้าง 3 ปี ตั้งแต่ปี 2566-2568 วงเงินรวมทั้งสิ้น 4,841 ล้านบาท";
    expect(fact(bridge, "4,841 ล้านบาท").target).toBe(true);
    // Fiscal 2566 began on 1 October 2565: what it spends is no plan for its year alone.
    const fiscal = bridge.replace("ตั้งแต่ปี 2566-2568", "ในปีงบประมาณ 2566");
    expect(fact(fiscal, "4,841 ล้านบาท").target).toBe(false);
  });

  test("a day after the text's is no day figures are counted as of: it dates only its clause", () => {
    // A loan-guarantee scheme of our own form, in a text of May 2566: its term ends in 2568.
    const scheme = "บสย. ค้ำประกันสินเชื่อ\nวันอาทิตย์ที่ 28 พฤษภาคม 2566\nโดยคณะรัฐมนตรีได้มีมติอนุมัติโครงการค้ำประกันสินเชื่อ ระยะที่ 10 เป็นระยะเวลา 2 ปี ถึงวันที่ 27 กุมภาพันธ์ 2568 วงเงิน 50,000 ล้านบาท ซึ่งที่ผ่านมาช่วยผู้ประกอบการเข้าถึงสินเชื่อแล้วกว่า 100,000 ราย";
    const helped = fact(scheme, "100,000 ราย");
    expect([helped.year, helped.target]).toEqual([undefined, false]);
    // A day already past is one: ยอดสะสมถึงวันที่ … dates the paragraph as a month would.
    const tally = "ข่าว\nวันอาทิตย์ที่ 28 พฤษภาคม 2566\nยอดลงทะเบียนสะสมถึงวันที่ 27 พฤษภาคม 2566 มีผู้ลงทะเบียน 5,000 ราย เพื่อรับสิทธิ ผ่านแอปพลิเคชันกว่า 100,000 ราย";
    expect(fact(tally, "100,000 ราย").year).toBe(2023);
  });

  test("a span of years goes on past its clause where the news's day would govern again", () => {
    // The news's day opens the paragraph; the project's span, then its budget's parts in later clauses.
    const bridge = "ครม. อนุมัติโครงการสะพาน\nวันอังคารที่ 18 ตุลาคม 2565\nวันที่ 18 ตุลาคม 2565 รองโฆษกกล่าวว่า คณะรัฐมนตรีอนุมัติโครงการสะพาน ระยะเวลาก่อสร้าง 3 ปี ตั้งแต่ปี 2566-2568 วงเงินรวมทั้งสิ้น 4,841 ล้านบาท โดยในส่วนของค่าก่อสร้าง 4,700 ล้านบาท ให้กระทรวงการคลังจัดหาแหล่งเงินกู้";
    const part = fact(bridge, "4,700 ล้านบาท");
    expect([part.year, part.target]).toEqual([undefined, true]);
    // With no span, the day governs as before.
    expect(fact(bridge.replace(" ตั้งแต่ปี 2566-2568", ""), "4,700 ล้านบาท").year).toBe(2022);
  });

  test("a dated article whose title names a fiscal year not yet begun reports a plan", () => {
    // A cabinet release of our own form: approved in September 2566 for the fiscal year 2567 (from October).
    const budget = "ครม. เห็นชอบกรอบงบลงทุนของรัฐวิสาหกิจประจำปีงบประมาณ 2567 วงเงินดำเนินการ 1,380,624 ล้านบาท\nวันอังคารที่ 26 กันยายน 2566\nรัฐวิสาหกิจมีกรอบการลงทุน วงเงินเบิกจ่ายลงทุน จำนวน 258,985 ล้านบาท";
    expect([fact(budget, "1,380,624 ล้านบาท").target, fact(budget, "258,985 ล้านบาท").target]).toEqual([true, true]);
    // Dated in October 2566, the fiscal year is under way: what it spends is no plan for that reason alone.
    expect(fact(budget.replace("26 กันยายน", "10 ตุลาคม"), "258,985 ล้านบาท").target).toBe(false);
  });

  test("the news's day dates its long paragraph (year_day_window); a day of another year is history", () => {
    // A daily report of our own: the day opens the paragraph, its figures run on past 500 characters.
    const filler = " ศูนย์ปฏิบัติการรายงานสถานการณ์และมาตรการต่าง ๆ ให้ประชาชนรับทราบอย่างต่อเนื่อง".repeat(8);
    const report = `ข่าวสาธารณสุข\nวันอาทิตย์ที่ 3 มกราคม 2564\nวันนี้ (3 มกราคม 2564) กระทรวงสาธารณสุขแถลงว่า${filler} ส่วนประเทศไทย มีผู้ติดเชื้อรายใหม่ 315 ราย`;
    expect(report.indexOf("315") - report.indexOf("วันนี้")).toBeGreaterThan(500);
    expect(fact(report, "315 ราย").year).toBe(2021);
    // A day of another year than the text's (a cabinet's resolution of 2562 in a text of 2563) dates only its clause.
    const canal = `ข่าวที่อยู่อาศัย\nวันเสาร์ที่ 5 ธันวาคม 2563\nโครงการได้รับความเห็นชอบจากคณะรัฐมนตรีเมื่อวันที่ 9 เมษายน 2562 มีกรอบการดำเนินงาน 4 ด้าน โดยชุมชนได้รื้อย้ายบ้านเดิมแล้ว 98 หลัง ระยะทางตามแนวคลอง 628 เมตร`;
    expect(fact(canal, "628 เมตร").year).toBeUndefined();
  });

  test("the one period that leads a long paragraph dates its figures however far on", () => {
    // A forecast of our own form: the lead names the month, a list of prices runs on past 500 characters.
    const filler = " เนื่องจากความต้องการในตลาดโลกเพิ่มขึ้นต่อเนื่อง ประกอบกับค่าเงินบาทอ่อนค่า".repeat(12);
    // In an article that opens with the news's day, whose lead (article-lead.ts) dates no figure.
    const head = "ราคาสินค้าเกษตร\nวันอังคารที่ 1 พฤศจิกายน 2565\nวันนี้ (1 พฤศจิกายน 2565) ธนาคารแถลงข่าว\n";
    const prices = `${head}ศูนย์วิจัยคาดการณ์ราคาสินค้าเกษตรในเดือนพฤศจิกายน 2565 โดยสินค้าที่มีแนวโน้มราคาสูงขึ้น ได้แก่ ข้าวเปลือก ราคาอยู่ที่ 9,482 บาท/ตัน${filler} มันสำปะหลัง ราคาอยู่ที่ 2.65 - 2.75 บาท/กก.`;
    expect(prices.indexOf("2.65") - prices.indexOf("2565")).toBeGreaterThan(1000);
    expect(fact(prices, "2.65 - 2.75 บาท/กก.").year).toBe(2022);
    // Not when the paragraph names a second period: the later one's reach may have ended.
    const two = prices.replace("ข้าวเปลือก ราคา", "ข้าวเปลือกปี 2564 ราคา");
    expect(fact(two, "2.65 - 2.75 บาท/กก.").year).toBeUndefined();
    // Nor a period named further into the paragraph than its lead.
    const late = `${head}ศูนย์วิจัยรายงานว่า${filler} ในเดือนพฤศจิกายน 2565 ข้าวเปลือก ราคาอยู่ที่ 9,482 บาท/ตัน${filler} มันสำปะหลัง ราคาอยู่ที่ 2.65 - 2.75 บาท/กก.`;
    expect(fact(late, "2.65 - 2.75 บาท/กก.").year).toBeUndefined();
    // The present with its day in brackets right after is that day said once more, not a second period.
    const stock = `${head}ปัจจุบัน (ข้อมูล ณ วันที่ 31 ต.ค.2565) มีธุรกิจที่จดทะเบียน 1,973,692 ราย${filler} ทุนจดทะเบียนรวม 5.59 ล้านล้านบาท`;
    expect(stock.indexOf("5.59") - stock.indexOf("2565)")).toBeGreaterThan(500);
    expect(fact(stock, "5.59 ล้านล้านบาท").year).toBe(2022);
    // Written apart, they are two references, and the later one's reach may have ended.
    expect(fact(stock.replace("ปัจจุบัน (ข้อมูล ณ", "ปัจจุบันมีผู้ประกอบการมากขึ้น (ข้อมูล ณ"), "5.59 ล้านล้านบาท").year).toBeUndefined();
  });

  test("a line that opens with a verb goes on with the sentence the line before broke off after a time reference", () => {
    // From the corpus: a sentence broken after its period, and one after the day counted as of.
    const poultry = "ข่าวการค้า\nวันพุธที่ 11 ตุลาคม 2566\nวันนี้ (11 ตุลาคม 2566) กระทรวงพาณิชย์แถลงข่าว\nทั้งนี้ ในปี 2565 ไทยมีมูลค่าการส่งออกสินค้าสัตว์ปีกประมาณ 1.5 แสนล้านบาทโดยปี 2566 ตั้งแต่ ม.ค. - ก.ย.\nมีมูลค่าการส่งออกแล้วประมาณ 9.3 หมื่นล้านบาท แบ่งเป็น ญี่ปุ่น สัดส่วน 40%";
    expect([fact(poultry, "9.3 หมื่นล้านบาท").year, fact(poultry, "40%").year]).toEqual([2023, 2023]);
    // A line that opens otherwise starts a sentence of its own.
    const other = poultry.replace("\nมีมูลค่าการส่งออกแล้ว", "\nรัฐมนตรีกล่าวว่ามูลค่าการส่งออก");
    expect(fact(other, "9.3 หมื่นล้านบาท").year).toBeUndefined();
  });

  test("a first line too long for a title is the article's first paragraph: its period leads the next", () => {
    // An excerpt cut from a page (biz35's form, our own words): no title, no dateline.
    const filler = " เนื่องจากความต้องการเพิ่มขึ้น".repeat(10);
    const excerpt = `ศูนย์วิจัยคาดการณ์ราคาสินค้าเกษตรในเดือนพฤศจิกายน 2565 ได้แก่ ข้าวเปลือก ราคาอยู่ที่ 9,482 บาท/ตัน${filler}\nด้านสินค้าที่มีแนวโน้มราคาลดลง ได้แก่ ข้าวโพด ราคาอยู่ที่ 9.25 บาท/กก.`;
    expect(excerpt.indexOf("\n")).toBeGreaterThan(200);
    expect(fact(excerpt, "9.25 บาท/กก.").year).toBe(2022);
    // A short first line is a title: its period dates the body as the title's.
    const titled = "คาดการณ์ราคาสินค้าเกษตรเดือนพฤศจิกายน 2565\nด้านสินค้าที่มีแนวโน้มราคาลดลง ได้แก่ ข้าวโพด ราคาอยู่ที่ 9.25 บาท/กก.";
    expect(fact(titled, "9.25 บาท/กก.").year).toBe(2022);
  });

  test("a paragraph that goes on from the one before (โดย, ส่วน) reports its period, after a day the article opens with", () => {
    // A business report of our own: the lead names the news's day, then the month reported on.
    const exports = "ข่าวการค้า\nวันศุกร์ที่ 20 มิถุนายน 2568\nวันนี้ (20 มิถุนายน 2568) โฆษกเปิดเผยว่า การส่งออกของไทยเดือนพฤษภาคม 2568 มีมูลค่า 31,044.6 ล้านดอลลาร์ ขยายตัว 18.4%"
      + "\nโดยสินค้าเกษตรขยายตัว 8.1% ต่อเนื่อง\nส่วนสินค้าอุตสาหกรรมขยายตัว 22.9%\nรัฐมนตรีกล่าวว่า มีผู้ร่วมงานแสดงสินค้ากว่า 1,000 คน";
    expect([fact(exports, "8.1%").year, fact(exports, "22.9%").year]).toEqual([2025, 2025]);
    // As for (สำหรับ) one part of what the paragraph before reported goes on with it too.
    const part = exports.replace("\nส่วนสินค้าอุตสาหกรรม", "\nสำหรับสินค้าอุตสาหกรรม");
    expect(fact(part, "22.9%").year).toBe(2025);
    // A paragraph that opens otherwise is no continuation: the day the article opens with dates it not.
    expect(fact(exports, "1,000 คน").year).toBeUndefined();
    // Not the period of a forecast's figure before (a target cue in its clause): the next section reports what was.
    const forecast = "ข่าวอสังหา\nวันพุธที่ 3 มีนาคม 2564\nวันนี้ (3 มีนาคม 2564) ศูนย์ข้อมูลเผยว่า\nในปี 2564 คาดว่าหน่วยเปิดใหม่จะลดลงร้อยละ 21.5\nส่วนหน่วยเหลือขายมีจำนวน 733 หน่วย";
    expect(fact(forecast, "733 หน่วย").year).toBeUndefined();
  });

  test("a headline's figure takes the year its headline writes after it", () => {
    const rice = "ส่งออกข้าวไทย 4 เดือนแรก 3.05 ล้านตัน คาดปี 2566 ทะลุเป้าหมาย 7.5 ล้านตัน\nวันพุธที่ 24 พฤษภาคม 2566\nกรมการค้าต่างประเทศรายงาน";
    expect([fact(rice, "4 เดือน").year, fact(rice, "3.05 ล้านตัน").year, fact(rice, "7.5 ล้านตัน").year]).toEqual([2023, 2023, 2023]);
    // So does the headline repeated right after, as a page's heading does (thaigov's form, our own words).
    const repeated = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ส่งออกปศุสัตว์ 4 เดือน แล้วกว่า 8.5 หมื่นล้านบาท คาดการณ์ปี 2566 โต 10%\nวันอาทิตย์ที่ 18 มิถุนายน 2566\nส่งออกปศุสัตว์ 4 เดือน แล้วกว่า 8.5 หมื่นล้านบาท คาดการณ์ปี 2566 โต 10%\nวันนี้ (18 มิ.ย. 66) โฆษกเปิดเผยว่า";
    const copy = repeated.lastIndexOf("8.5 หมื่นล้านบาท");
    expect(factsOf(repeated).find((f) => f.start === copy)?.year).toBe(2023);
    // Not a word of time (ปีนี้ is said of the GDP, not the rate), nor in the body.
    const mpc = "กนง. ลดดอกเบี้ยนโยบาย 0.25% เหลือ 1.75% ต่อปี หั่นจีดีพีปีนี้\nธนาคารแห่งประเทศไทย | 30 เมษายน 2568";
    expect(fact(mpc, "0.25%").year).toBeUndefined();
    expect(fact("ข่าว\nพบผู้ป่วย 10 ราย ส่วนปี 2566 พบ 5 ราย", "10 ราย").year).toBeUndefined();
  });

  test("a span that ends now (9 เดือนที่ผ่านมา) is of the text's own year, and so are the figures after it", () => {
    const boi = "ข่าวการลงทุน\nวันพุธที่ 26 ตุลาคม 2565\nมูลค่ารวม 439,090 ล้านบาท ลดลงร้อยละ 14 เนื่องจากปีที่แล้วมีโครงการขนาดใหญ่ยื่นขอรับการส่งเสริม มูลค่ารวมกว่า 1.5 แสนล้านบาท โดยในช่วง 9 เดือนที่ผ่านมา มีการออกบัตรส่งเสริม 1,101 โครงการ";
    expect([fact(boi, "1.5 แสนล้านบาท").year, fact(boi, "9 เดือน").year, fact(boi, "1,101 โครงการ").year]).toEqual([2021, 2022, 2022]);
    // Longer spans are records or histories, not the present.
    const record = "ข่าว\nวันพุธที่ 26 ตุลาคม 2565\nในปี 2564 ราคาสูงสุดในรอบ 10 ปีที่ผ่านมา ที่ 1,300 บาท";
    expect(fact(record, "1,300 บาท").year).toBe(2021);
  });

  test("in a text of many articles, the headline before a dateline takes no year from the article before", () => {
    const dump = "ข่าวแรก\nวันพุธที่ 28 ตุลาคม 2563\nในปี 2563 มีผู้ว่างงาน 7 แสนคน ขณะที่ภาครัฐเร่งช่วยเหลือผู้ว่างงานอย่างต่อเนื่อง\nทั้งนี้ กระทรวงแรงงานจะจัดงานนัดพบแรงงานทั่วประเทศ\nครม. อนุมัติร่างกฎหมาย 2 ฉบับ ลดเงินสมทบ\nวันอังคารที่ 3 พฤศจิกายน 2563\nครม. อนุมัติร่างกฎหมายลดเงินสมทบ";
    expect(fact(dump, "2 ฉบับ").year).toBeUndefined();
    expect(fact(dump, "7 แสนคน").year).toBe(2020);
  });

  test("a measure after มี is of the topic before it: the two together name the figure", () => {
    const trade = "โดยสินค้าที่ขยายตัวต่อเนื่อง ได้แก่ 1) สินค้าอุตสาหกรรมเกษตร มีมูลค่าการส่งออก 1,948.8 ล้านดอลลาร์สหรัฐ ขยายตัวร้อยละ 27.6";
    expect([fact(trade, "1,948.8 ล้านดอลลาร์สหรัฐ").subject, fact(trade, "ร้อยละ 27.6").subject]).toEqual(["สินค้าอุตสาหกรรมเกษตร มูลค่าการส่งออก", "สินค้าอุตสาหกรรมเกษตร มูลค่าการส่งออก"]);
    // A value after the topic's amount is the same topic's value.
    const meat = "สินค้าที่ส่งออกเพิ่มขึ้น อาทิ เนื้อสัตว์แช่เย็น/แช่แข็ง มีปริมาณส่งออก 356,748 ตัน มูลค่า 48,073 ล้านบาท เพิ่มขึ้นร้อยละ 11.5";
    expect([fact(meat, "356,748 ตัน").subject, fact(meat, "48,073 ล้านบาท").subject, fact(meat, "ร้อยละ 11.5").subject])
      .toEqual(["เนื้อสัตว์แช่เย็น/แช่แข็ง ปริมาณส่งออก", "มูลค่าเนื้อสัตว์แช่เย็น/แช่แข็ง", "มูลค่าเนื้อสัตว์แช่เย็น/แช่แข็ง"]);
    // The list's last item after its joining word, right after the item before's figure; not the last of
    // names listed with no figures, whose total it is.
    const last = meat + " และอาหารปศุสัตว์ มีปริมาณส่งออก 105,461 ตัน";
    expect(fact(last, "105,461 ตัน").subject).toBe("อาหารปศุสัตว์ ปริมาณส่งออก");
    // A noun of money alone after a count (`subject_value_noun`) is the money of what the count counts, named with
    // its item (thaigov 2565–2567: BOI investment by country, excise cases by goods). Not recut: วงเงินลงทุน keeps วงเงิน.
    const boi = "ได้แก่ ญี่ปุ่น 40 โครงการ เงินลงทุน 14,808 ล้านบาท อิตาลี 5 โครงการ เงินลงทุน 13,158 ล้านบาท";
    expect([fact(boi, "14,808 ล้านบาท").subject, fact(boi, "13,158 ล้านบาท").subject]).toEqual(["ญี่ปุ่น เงินลงทุน", "อิตาลี เงินลงทุน"]);
    expect(fact("โดยแยกเป็น สุรา จำนวน 219 คดี ค่าปรับ 1.46 ล้านบาท ยาสูบ จำนวน 106 คดี", "1.46 ล้านบาท").subject).toBe("สุรา ค่าปรับ");
    expect(fact("โครงการ E) เพิ่มวงเงินลงทุนจำนวน 9,000 ล้านบาท จากเดิมที่อนุมัติ", "9,000 ล้านบาท").change).toBe("increase");
    expect(fact("ท่าเทียบเรือ คลังน้ำมัน คลังสินค้า และโรงไฟฟ้า มีมูลค่าการลงทุนทั้งสิ้น 55,400 ล้านบาท", "55,400 ล้านบาท").subject).toBe("มูลค่าการลงทุน");
    // Not a phrase that modifies a noun before it, nor one a time reference parts from มี.
    // Any measure word alone right after a figure is of what that figure measures: a change's value, the
    // same amount in baht.
    const farm = "โดยสินค้าเกษตรเดือนมิถุนายนเพิ่ม 21.7% มูลค่า 94,511 ล้านบาท ซึ่งสินค้าที่ขยายตัวสูง";
    expect(fact(farm, "94,511 ล้านบาท").subject).toBe("มูลค่าสินค้าเกษตร");
    const imports = "ส่วนการนำเข้ามีมูลค่า 23,383.5 ล้านเหรียญสหรัฐ ลดลง 8.3% คิดเป็นเงินบาทมูลค่า 825,310 ล้านบาท ได้ดุลการค้ามูลค่า 2,092.7 ล้านเหรียญสหรัฐ";
    expect(fact(imports, "825,310 ล้านบาท").subject).toBe("มูลค่าการนำเข้า");
    // After a time reference, the phrase before the time (a label's, here).
    const msme = "(1) GDP MSME: ปี 2565 มีมูลค่า 6.11 ล้านล้านบาท ขยายตัว 4.5% (2) การส่งออกของ MSME: ปี 2565 มีมูลค่า 1,060,207.9 ล้านบาท";
    expect([fact(msme, "6.11 ล้านล้านบาท").subject, fact(msme, "1,060,207.9 ล้านบาท").subject]).toEqual(["มูลค่า GDP MSME", "มูลค่าการส่งออกของ MSME"]);
    // Not a time in brackets, nor a rate's word.
    expect(fact("โครงการช่วยเหลือผู้ประสบภัยน้ำท่วม (มติคณะรัฐมนตรีเมื่อวันที่ 13 สิงหาคม 2563) วงเงิน 8,567.94 ล้านบาท", "8,567.94 ล้านบาท").subject).not.toContain("มติ");
    expect(fact("ทำให้บริษัทด้าน AI ที่ดำเนินมีจำนวนเพิ่มขึ้นอย่างรวดเร็ว โดยในปี 2567 มีอัตราเพิ่มขึ้นร้อยละ 19.77", "ร้อยละ 19.77").subject).toBe("อัตรา");
    // An approved amount nothing before names is of what it is for, written after it (a headline's).
    expect(fact("ครม.อนุมัติ 1.52 หมื่นล้าน เพิ่มวงเงินลงทุน 2 โครงการด้านไฟฟ้า", "1.52 หมื่นล้าน").subject).toBe("วงเงินลงทุน");
    expect(fact("ครม.อนุมัติกว่า 107 ล้านบาท โครงการอาชีวะ ฝีมือชน", "107 ล้านบาท").subject).toBe("โครงการอาชีวะ");
    // Not when a phrase before names it.
    expect(fact("ครม.อนุมัติงบประมาณ 1,000 ล้านบาท เพื่อการค้นคว้า วิจัย", "1,000 ล้านบาท").subject).toBe("งบประมาณ");
    // Not a total's, nor after a rate or the same measure.
    const bridges = "โครงการสะพานเชื่อมเกาะลันตา วงเงิน 1,854 ล้านบาท รวมวงเงิน 2 โครงการ 6,695 ล้านบาท";
    expect(fact(bridges, "2 โครงการ").subject).not.toContain("ลันตา");
    expect(fact("สินเชื่อเพื่อเกษตรกร อัตราดอกเบี้ย 0.01% วงเงิน 10,000 ล้านบาท", "10,000 ล้านบาท").subject).not.toContain("อัตรา");
    expect(fact("ปริมาณน้ำ 10,152 ล้าน ลบ.ม หรือร้อยละ 41 ของความจุอ่างฯ มีปริมาณน้ำใช้การได้ 3,456 ล้าน ลบ.ม.", "3,456 ล้าน ลบ.ม.").subject).toBe("ปริมาณน้ำใช้การ");
    expect(fact("ผู้ประกันตนออกจากงานตั้งแต่วันที่ 18 พ.ย. 2556 มีเงินชราภาพจำนวน 39,559.29 บาท", "39,559.29 บาท").subject).toBe("เงินชราภาพ");
  });

  test("a difference from a goal or an estimate is of what the figure before measures", () => {
    const text = "รายได้รัฐบาลสุทธิในช่วง 8 เดือนแรกของปีงบประมาณ 2568 อยู่ที่ 1,812,540 ล้านบาท ต่ำกว่าประมาณการตามเอกสารงบประมาณ 24,310 ล้านบาท หรือ 1.3%";
    expect([fact(text, "24,310 ล้านบาท").subject, fact(text, "1.3%").subject]).toEqual(["รายได้รัฐบาลสุทธิ", "รายได้รัฐบาลสุทธิ"]);
    // thaigov: a budget's disbursement against its goal.
    const budget = "มีการเบิกจ่ายแล้ว 2.269 ล้านล้านบาท คิดเป็นร้อยละ 73.20 ของวงเงินงบประมาณรวม 3.100 ล้านล้านบาท สูงกว่าเป้าหมายร้อยละ 1.20";
    expect(fact(budget, "ร้อยละ 1.20").subject).not.toBe("เป้าหมาย");
  });

  test("a count right after an action verb alone counts what the verb acts on", () => {
    // thaigov: a headline's verb before what it counts.
    expect(fact("สธ.เผย จ.ตาก ควบคุมได้แล้ว ไม่มีผู้ป่วยเพิ่ม ออก 6 มาตรการเข้มป้องกันช่วงปีใหม่", "6 มาตรการ").subject).toBe("มาตรการเข้มป้องกันช่วงปีใหม่");
    // Nothing glued after the classifier: the classifier; trimmed words may stand before the verb.
    expect(fact("ธอส. ออก 4 มาตรการ แก้ปัญหาหนี้สิน", "4 มาตรการ").subject).toBe("มาตรการ");
    expect(fact("กรมฯ พร้อมออก 4 มาตรการ ดูแลลูกหนี้", "4 มาตรการ").subject).toBe("มาตรการ");
    expect(fact("คกก. เห็นชอบ 8 ยุทธศาสตร์ แผนปฏิบัติการด้านการท่องเที่ยว", "8 ยุทธศาสตร์").subject).toBe("ยุทธศาสตร์");
    // A count of people counts who is named before the verb.
    expect(fact("ครู เด็ก และเยาวชนจากจังหวัดปัตตานี เข้าร่วม 90 คน", "90 คน").subject).toContain("เยาวชน");
    // Not a verb inside a longer phrase.
    expect(fact("โครงการที่ได้รับอนุมัติ 5 โครงการ", "5 โครงการ").subject).toContain("โครงการที่ได้รับ");
  });

  test("a count of people is of the first noun of people in its phrase", () => {
    // thaigov: what was done to them, or by whom, stands before who is counted.
    const survey = "สำนักงานสถิติแห่งชาติ (สสช.) ได้ดำเนินการสำรวจความคิดเห็นของประชาชนที่มีอายุตั้งแต่ 15 ปีขึ้นไป จำนวน 46,600 คน";
    expect(fact(survey, "46,600 คน").subject).toBe("ประชาชนที่มีอายุ");
    expect(fact("ธนาคารยังได้ช่วยเหลือลูกค้าไปแล้วประมาณ 10,000 คน", "10,000 คน").subject).toBe("ลูกค้า");
    expect(fact("ส่วนลดค่าก๊าซหุงต้มให้กลุ่มเปราะบางผู้ถือบัตรสวัสดิการแห่งรัฐ 3.4 ล้านคน", "3.4 ล้านคน").subject).toBe("ผู้ถือบัตรสวัสดิการแห่งรัฐ");
    // A number or a group of them stays; a phrase opening with one is left whole.
    expect(fact("กรุงเทพมหานครยังเป็นพื้นที่ที่มียอดผู้เดินทาง 2,500 คน", "2,500 คน").subject).toBe("ยอดผู้เดินทาง");
    expect(fact("กลุ่มเพื่อนของผู้บาดเจ็บ 12 คน", "12 คน").subject).toBe("กลุ่มเพื่อนของผู้บาดเจ็บ");
    expect(fact("ตรวจคัดกรองมารดาและเด็ก 320 คน", "320 คน").subject).toContain("มารดาและเด็ก");
    // After มี one word is enough when it names people (elsewhere two: มีขนาดเล็ก is no subject).
    expect(fact("SME นั้นเป็นหัวใจสำคัญของเศรษฐกิจฐานรากของประเทศมีผู้ประกอบการรวมกัน ประมาณ 3 ล้านราย", "3 ล้านราย").subject).toBe("ผู้ประกอบการ");
    // ราย counts cases of an act as often as people: the act stays.
    expect(fact("ธ.ก.ส. มีการจ่ายเงินให้เกษตรกรแล้ว จำนวน 62,918 ราย", "62,918 ราย").subject).toContain("จ่ายเงิน");
    // In a body's name, a noun of people is none (กรม|สวัสดิการ…, สถาบัน|พัฒนา|ฝีมือ|แรงงาน).
    expect(fact("ผลการพัฒนาศักยภาพวิทยากรของสถาบันพัฒนาฝีมือแรงงานนานาชาติ 30 คน", "30 คน").subject).toBe("ผลการพัฒนาศักยภาพวิทยากรของสถาบันพัฒนาฝีมือแรงงานนานาชาติ");
    // Not other figures: the money after the count shares the whole phrase.
    const pay = "จ่ายเงินชดเชยให้ชาวบ้านผู้ได้รับผลกระทบ 5 คน คนละ 20,000 บาท";
    expect([fact(pay, "5 คน").subject, fact(pay, "20,000 บาท").subject]).toEqual(["ชาวบ้านผู้ได้รับผลกระทบ", "เงินชดเชยให้ชาวบ้านผู้ได้รับผลกระทบ"]);
  });

  test("ประเมิน forecasts only with a period of the text's year or later between it and the figure", () => {
    const nesdc = "ข่าวเศรษฐกิจ\nวันจันทร์ที่ 21 พฤศจิกายน 2565\nสศช. ประเมินปี 2565 โต 3.2% ส่วนปี 2566 ขยายตัว 3%-4%";
    expect([fact(nesdc, "3.2%").target, fact(nesdc, "3%-4%").target]).toEqual([true, true]);
    // An estimate of what is, or of months already over, is no forecast.
    const debt = "ข่าว\nวันจันทร์ที่ 21 ตุลาคม 2567\nศูนย์วิจัยประเมินว่าคนไทยราว 4.2 ล้านคน มีหนี้เสีย";
    expect(fact(debt, "4.2 ล้านคน").target).toBe(false);
    const sme = "ข่าว\nวันจันทร์ที่ 21 ตุลาคม 2567\nศูนย์วิจัยกสิกรไทยประเมินว่า ยอดคงค้างสินเชื่อ SME ณ สิ้นไตรมาส 2/2567 อยู่ที่ 3.17 ล้านล้านบาท";
    expect(fact(sme, "3.17 ล้านล้านบาท").target).toBe(false);
    // An appraisal or an evaluation is none either.
    const land = "ข่าว\nวันจันทร์ที่ 21 ตุลาคม 2567\nราคาประเมินที่ดินปี 2567 เพิ่มขึ้นเฉลี่ย 8%";
    expect(fact(land, "8%").target).toBe(false);
    // A goal met (เป็นไปตามเป้าหมาย) is no cue; one to meet (ให้เป็นไปตามเป้าหมาย) is.
    const met = "นักท่องเที่ยวต่างชาติสะสมอยู่ที่ 27,252,488 คน ซึ่งเป็นไปตามเป้าหมายของรัฐบาล โดยนักท่องเที่ยวจากมาเลเซียเดินทางเข้าไทยมากที่สุดถึง 4,439,480 คน";
    expect(fact(met, "4,439,480 คน").target).toBe(false);
    const toMeet = "เร่งรัดการใช้จ่ายอย่างต่อเนื่อง เพื่อให้เป็นไปตามเป้าหมาย ตามที่คณะรัฐมนตรีกำหนดให้การเบิกจ่ายในภาพรวมไม่น้อยกว่า ร้อยละ 93";
    expect(fact(toMeet, "ร้อยละ 93").target).toBe(true);
    // A goal reached (ได้บรรลุเป้าหมาย, สำเร็จตามเป้าหมาย) is no cue; the reaching of one to come is.
    const reached = "บสย. ได้บรรลุเป้าหมายการช่วยเหลือ SMEs เข้าถึงสินเชื่อ ด้วยยอดค้ำประกันสินเชื่อสะสมครบ 1 ล้านล้านบาท";
    expect(fact(reached, "1 ล้านล้านบาท").target).toBe(false);
    const toReach = "อาเซียนคำนึงถึงความสำคัญของการบรรลุเป้าหมายการค้าร่วมกันจำนวน 2 แสนล้านดอลลาร์สหรัฐให้ได้ภายในปี ค.ศ.2020";
    expect(fact(toReach, "2 แสนล้านดอลลาร์สหรัฐ").target).toBe(true);
    // Gone ahead with (ได้เดินหน้า) is done; going ahead (เดินหน้า) is as often what goes on: no cue either.
    // thaigov 2564 (drought relief), 2565 (a national plan's milestones).
    const ahead = "พร้อมกันนี้ ยังได้เดินหน้าช่วยเหลือพื้นที่ประสบภัยแล้งในพื้นที่ 56 จังหวัด ด้วยการสนับสนุนรถบรรทุกน้ำ 47 คัน";
    expect(fact(ahead, "47 คัน").target).toBe(false);
    expect(fact(ahead, "56 จังหวัด").subject).toBe("พื้นที่ประสบภัยแล้งในพื้นที่");
    expect(fact("ครม.เห็นชอบร่างแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13 เดินหน้า 13 หมุดหมายการพัฒนา", "13 หมุดหมาย").target).toBe(false);
    // The planning agency's name, a dictionary word, leaves its คาด a cue.
    expect(fact("สภาพัฒน์คาดเศรษฐกิจปี 2565 ขยายตัวที่ 3.2%", "3.2%").target).toBe(true);
  });

  test("the parts of a target listed after it (แบ่งเป็น, ประกอบด้วย) are targets, however far its cue", () => {
    const text = "ศูนย์วิจัยประเมินว่า ช่วงเทศกาลปีนี้จะมีเงินสะพัดราว 30,000 ล้านบาท เพิ่มขึ้น 2.0% จากปีก่อน\nแบ่งเป็นค่าเดินทางและที่พัก 14,500 ล้านบาท ลดลง 1.5% ค่าอาหารและเครื่องดื่ม 9,800 ล้านบาท ทรงตัวจากปีก่อน และค่าซื้อของฝาก 5,700 ล้านบาท";
    expect(["14,500 ล้านบาท", "1.5%", "9,800 ล้านบาท", "5,700 ล้านบาท"].map((w) => fact(text, w).target)).toEqual([true, true, true, true]);
    // On its line, after the target's figure.
    const plan = "ที่ประชุมเห็นชอบกำหนดพื้นที่เป้าหมายส่งเสริมการปลูกข้าว รอบที่ 1 พื้นที่รวมทั้งสิ้น 59.480 ล้านไร่ แยกเป็นรายชนิดข้าว รายจังหวัด และรายอำเภอ ประกอบด้วย ข้าวหอมมะลิ 24 ล้านไร่ ข้าวหอมไทย 1.8 ล้านไร่ ข้าวเจ้า 15.5 ล้านไร่ ข้าวเหนียว 15.7 ล้านไร่";
    expect(["24 ล้านไร่", "15.7 ล้านไร่"].map((w) => fact(plan, w).target)).toEqual([true, true]);
    // Not the parts of a figure reported, nor after a clause start or a reset word.
    const actual = "ปี 2566 ส่งออกได้ 30,000 ล้านบาท แบ่งเป็นข้าว 14,500 ล้านบาท และยางพารา 9,800 ล้านบาท";
    expect(fact(actual, "14,500 ล้านบาท").target).toBe(false);
    const reset = "คาดว่าจะมีเงินสะพัดราว 30,000 ล้านบาท แบ่งเป็นค่าเดินทาง 14,500 ล้านบาท ขณะที่ปีที่แล้วมีค่าอาหาร 9,800 ล้านบาท";
    expect([fact(reset, "14,500 ล้านบาท").target, fact(reset, "9,800 ล้านบาท").target]).toEqual([true, false]);
    // โดยเป็น (made up of), one word to the segmenter, opens the parts too (thaigov 2565: a new city's
    // planned investment).
    const city = "โดย สกพอ.ประเมินว่าโครงการนี้จะสร้างงาน 200,000 ตำแหน่ง ใช้เงินลงทุนประมาณ 1,340,468 ล้านบาท โดยเป็นสัดส่วนการลงทุนของรัฐ 2.8% หรือ 37,674 ล้านบาท เป็นส่วนของค่าที่ดิน ส่วนร่วมลงทุนระหว่างรัฐและเอกชน (พีพีพี) 9.7% หรือประมาณ 131,119 ล้านบาท เป็นค่าสาธารณูปโภค และเอกชนลงทุน 87.5% หรือประมาณ 1,180,808 ล้านบาท";
    expect(["9.7%", "131,119 ล้านบาท", "87.5%"].map((w) => fact(city, w).target)).toEqual([true, true, true]);
    // A list of a target in brackets ends with them: the list word after lists what was counted (thaigov
    // 2566: rail passengers over Songkran against the forecast).
    const rail = "มีประชาชนใช้บริการระบบรางรวม 5,408,895 คน-เที่ยว ต่ำกว่าประมาณการ 148,843 คน-เที่ยว (ประมาณการ 6 วัน 5,557,738 คน-เที่ยว แบ่งเป็นรถไฟ 503,167 คน-เที่ยวและรถไฟฟ้า 5,054,571 คน-เที่ยว) ประกอบด้วย รถไฟระหว่างเมืองของการรถไฟแห่งประเทศไทย (รฟท.) มีผู้ใช้บริการรวม 412,655 คน-เที่ยว แบ่งเป็นขาเข้า 184,302 คน-เที่ยว";
    expect(["503,167 คน-เที่ยว", "5,054,571 คน-เที่ยว", "412,655 คน-เที่ยว", "184,302 คน-เที่ยว"].map((w) => fact(rail, w).target)).toEqual([true, true, false, false]);
  });

  test("ช่วงระยะเวลาเดียวกัน names a comparison's base as ช่วงเดียวกัน does", () => {
    const text = "กรมสรรพากรจัดเก็บรายได้สะสม 4 เดือนแรกของปีงบประมาณ 2568 ได้ 646,217 ล้านบาท สูงกว่าช่วงระยะเวลาเดียวกันของปีก่อน 23,426 ล้านบาท คิดเป็นร้อยละ 3.8";
    expect(fact(text, "23,426 ล้านบาท")).toMatchObject({ year: 2025, change: "increase" });
    expect(fact(text, "ร้อยละ 3.8").subject).toContain("รายได้");
  });

  test("เมื่อ links a figure or a comparison to the year after it", () => {
    const text = "ช่วง 10 เดือน (มกราคม - ตุลาคม 2567) ส่งออกมูลค่า 2,146,745 ล้านบาท เพิ่มขึ้นเมื่อเทียบกับเมื่อปี พ.ศ. 2566 โดยข้าว มูลค่า 168,685 ล้านบาท";
    expect(fact(text, "168,685 ล้านบาท").year).toBe(2024);
    expect(fact("ได้รับวัคซีน 5 ล้านโดส เมื่อปี 2563", "5 ล้านโดส").year).toBe(2020);
  });

  test("a comparison's base named by its month (เมื่อเทียบกับเดือนมีนาคมปีก่อน) governs no figure after it", () => {
    const text = "ยอดขายรถยนต์เดือนมีนาคม 2568 อยู่ที่ 56,024 คัน ลดลง 7.4% เมื่อเทียบกับเดือนมีนาคมปีก่อน แบ่งเป็นรถยนต์นั่ง 22,711 คัน เพิ่มขึ้น 4.5%";
    expect([fact(text, "22,711 คัน").year, fact(text, "4.5%").year]).toEqual([2025, 2025]);
  });

  test("next year (ปีหน้า) is counted from the text's date, not from the year written before it", () => {
    const text = "ข่าวเศรษฐกิจ\nวันพฤหัสบดีที่ 21 ธันวาคม 2566\nสำหรับปี 2567 ประเมินว่าเศรษฐกิจจะฟื้นตัว ทั้งนี้ เศรษฐกิจไทยในปีหน้ายังเผชิญความท้าทาย คาดว่านักท่องเที่ยวจะมีประมาณ 32.9 ล้านคน";
    expect(fact(text, "32.9 ล้านคน").year).toBe(2024);
    // With no date, from the year written before it.
    expect(fact("ในปี 2564 เศรษฐกิจจะฟื้นตัว และปีหน้าจะมีนักท่องเที่ยว 10 ล้านคน", "10 ล้านคน").year).toBe(2022);
  });

  test("the fiscal year said short (ปีงบ 66) is a year mention", () => {
    const text = "คลังไทยยังแข็งแกร่ง! 8 เดือนแรกปีงบ 66 เก็บรายได้สูงกว่าประมาณการ 1.22 แสนล้านบาท";
    expect([fact(text, "8 เดือน").year, fact(text, "1.22 แสนล้านบาท").year]).toEqual([2023, 2023]);
  });

  test("a year linked after a rate's time unit (41,300 คันต่อวันในปี 2597) is the figure's", () => {
    const traffic = "คาดว่าเมื่อเปิดให้บริการในปี 2568 จะมีปริมาณจราจรประมาณ 22,000 คันต่อวัน และเพิ่มเป็น 41,300 คันต่อวันในปี 2597";
    expect([fact(traffic, "22,000 คัน").year, fact(traffic, "41,300 คัน").year]).toEqual([2025, 2054]);
  });

  test("an analyst's forecast year (2567F, 68E) is that year, and who forecasts (คาด) is not the subject", () => {
    const text = "ศูนย์วิจัยคาดกำไรสุทธิปี 2567F ที่ 1,200 ล้านบาท และปี 68E ที่ 1,350 ล้านบาท";
    expect(fact(text, "1,200 ล้านบาท")).toMatchObject({ year: 2024, subject: "กำไรสุทธิ" });
    expect(fact(text, "1,350 ล้านบาท")).toMatchObject({ year: 2025, subject: "กำไรสุทธิ" });
    // A Latin word glued after the year is no suffix.
    expect(fact("ปี 2567Fund มีกำไร 5 ล้านบาท", "5 ล้านบาท").subject).toBe("กำไร");
  });

  test("how long a change has gone on (เป็นเดือนที่ 7 ติดต่อกัน) stands between it and its figure", () => {
    expect(fact("มูลค่าการส่งออก 23,036.0 ล้านดอลลาร์สหรัฐ ขยายตัวต่อเนื่องเป็นเดือนที่ 7 ติดต่อกันที่ร้อยละ 17.1 ต่อปี", "ร้อยละ 17.1").change).toBe("increase");
    expect(fact("การลงทุนภาครัฐลดลงต่อเนื่องเป็นไตรมาสที่ 3 ร้อยละ 7.3 ขณะที่การลงทุน", "ร้อยละ 7.3").change).toBe("decrease");
    // Not a level reached (เพิ่มขึ้นเป็น 5%: to five per cent).
    expect(fact("อัตราเงินเฟ้อเพิ่มขึ้นเป็นร้อยละ 5.2", "ร้อยละ 5.2").change).toBeUndefined();
  });

  test("a change made a noun (การลดลงของ…) sizes the change of what is named after it", () => {
    expect(fact("เป็นการเพิ่มขึ้นของการจ้างงานนอกภาคเกษตรกรรมที่ร้อยละ 1.8 ตามกิจกรรมทางเศรษฐกิจ", "ร้อยละ 1.8").change).toBe("increase");
    expect(fact("สอดคล้องกับการลดลงของดัชนีผลผลิตอุตสาหกรรมร้อยละ 5.8 โดยดัชนี", "ร้อยละ 5.8").change).toBe("decrease");
    // Not a verb's object further than three words (the measure's own reach).
    expect(fact("ผลผลิตที่ลดลงของเกษตรกรรายย่อยในภาคเหนือตอนบนร้อยละ 30", "ร้อยละ 30").change).toBeUndefined();
  });

  test("คิดเป็น glued to a change word is the change's amount; after a space, what the figure amounts to", () => {
    expect(fact("การออกใบรับรองเพิ่มขึ้นคิดเป็นร้อยละ 23.72 ซึ่งแสดงให้เห็นว่า", "ร้อยละ 23.72").change).toBe("increase");
    expect(fact("อัตราการว่างงานมีแนวโน้มดีขึ้น คิดเป็นร้อยละ 1.86 (ลดลงจากร้อยละ 1.95", "ร้อยละ 1.86").change).toBeUndefined();
  });

  test("a market wrap's closing level is of what is named before ปิดตลาดที่", () => {
    const wrap = "ค่าเงินบาทปิดตลาดที่ 33.45 บาทต่อดอลลาร์สหรัฐ อ่อนค่าลง 0.3%";
    expect([fact(wrap, "33.45 บาทต่อดอลลาร์สหรัฐ").subject, fact(wrap, "0.3%").subject]).toEqual(["ค่าเงินบาท", "ค่าเงินบาท"]);
  });

  test("a festival named with its year dates the figures after it; its name stays in the subject", () => {
    const newYear = "กรมทางหลวงชนบท สรุปผลการอำนวยความปลอดภัย ช่วงเทศกาล   ปีใหม่ 2567 สถิติการเกิดอุบัติเหตุลดลงกว่า 18%";
    expect(fact(newYear, "18%").year).toBe(2024);
    const songkran = "ช่วงเทศกาลสงกรานต์ 2564 ระหว่างวันที่ 10 - 16 เมษายน 2564 รวม 7 วัน รวมจำนวน 6,469,748 คัน";
    expect(fact(songkran, "6,469,748 คัน").subject).toBe("เทศกาลสงกรานต์");
    // Two digits after a festival are an amount as often as a year.
    expect(fact("จัดทำกรมธรรม์ประกันภัยกลุ่มปีใหม่ 10 บาท นิวนอร์มอลพลัส", "10 บาท").year).toBeUndefined();
  });

  test("a month named with no year dates the figures after it: the same month nearest the text's date, or of the year written before it", () => {
    // Of the year before the dateline's: November is nearer 29 January 2566 back than ahead (thaigov 64297).
    const labour = "ข่าวแรงงาน\nวันอาทิตย์ที่ 29 มกราคม 2566\nน.ส.ไตรศุลี กล่าวว่า ในส่วนผู้ว่างงานเดือน พ.ย. 4.65 แสนคน ลดลง 9.5 หมื่นคนจากเดือน ต.ค.";
    expect([fact(labour, "4.65 แสนคน").year, fact(labour, "9.5 หมื่นคน").year]).toEqual([2022, 2022]);
    // The dateline's own year, near it (thaigov, April 2564).
    const vaccine = "ข่าวสาธารณสุข\nวันอาทิตย์ที่ 4 เมษายน 2564\nซักซ้อมความพร้อมก่อนเริ่มฉีดวัคซีนล็อตใหญ่ในเดือน มิ.ย. นี้ โดยจะกระจายวัคซีนในจังหวัดขนาดเล็ก 800 โดส";
    expect(fact(vaccine, "800 โดส").year).toBe(2021);
    // Said to be past (ที่ผ่านมา), the last such month however far back (thaigov, August 2565: not January 2566).
    const artists = "ข่าววัฒนธรรม\nวันอังคารที่ 16 สิงหาคม 2565\nเปิดให้ลงทะเบียนในช่วงเดือน ม.ค. ที่ผ่านมา จากเครือข่ายศิลปิน ทั้งหมด 29 สมาคม";
    expect(fact(artists, "29 สมาคม").year).toBe(2022);
    // A year written before it in its paragraph is its year.
    const written = "ข่าวส่งออก\nวันจันทร์ที่ 15 มกราคม 2567\nการส่งออกปี 2566 ทั้งปีลดลง 1% โดยเดือนพฤศจิกายน มีมูลค่า 24,000 ล้านดอลลาร์";
    expect(fact(written, "24,000 ล้านดอลลาร์").year).toBe(2023);
    // A year after the month says its own (เดือนมีนาคมปีก่อน): the relative year dates it, not the month.
    const before = "ข่าวรถยนต์\nวันจันทร์ที่ 15 เมษายน 2567\nยอดขายเดือนมีนาคมปีก่อน 5,000 คัน";
    expect(fact(before, "5,000 คัน").year).toBe(2023);
    // A headline states a year or none: its month alone dates nothing there (nor in the headline repeated).
    const headline = "“คารม” เผยส่งออกเดือนกันยายน เพิ่มขึ้น 2.1% มูลค่า 25,476.3 ล้านเหรียญสหรัฐ\nวันเสาร์ที่ 28 ตุลาคม 2566\n“คารม” เผยส่งออกเดือนกันยายน เพิ่มขึ้น 2.1% มูลค่า 25,476.3 ล้านเหรียญสหรัฐ ย้ำรัฐบาลทำงานเชิงรุก";
    expect(factsOf(headline).filter((f) => f.kind !== "date").map((f) => f.year)).toEqual([undefined, undefined, undefined, undefined]);
  });

  test("months named as a period of the year reported on take its year; a bracket of month names links a length to its year", () => {
    // thaigov 60864: the months spelled out between the length and its year.
    const boi = "นายอนุชาฯ กล่าวถึงสถิติคำขอรับการส่งเสริมการลงทุนในช่วง 9 เดือน (ม.ค.-ก.ย.) ปี 2565 ว่า มีโครงการ 1,000 โครงการ";
    expect(fact(boi, "9 เดือน").year).toBe(2022);
    const past = "การส่งออกปี 2565 ขยายตัวต่อเนื่อง โดยในช่วง 4 เดือนที่ผ่านมา ขยายตัวร้อยละ 20";
    expect(fact(past, "4 เดือน").year).toBe(2022);
    // A length that is no period of a year (ใช้เวลา 3 เดือน, 18 เดือน) stays without one.
    expect(fact("การส่งออกปี 2565 ขยายตัว โครงการใช้เวลา 3 เดือน", "3 เดือน").year).toBeUndefined();
    expect(fact("การส่งออกปี 2565 ขยายตัว ในช่วง 18 เดือนที่ผ่านมา", "18 เดือน").year).toBeUndefined();
  });

  test("a comparison's own word with what is compared glued before its period (สูงกว่าสถิติเดิมของปี 2566) makes a base", () => {
    // A business paragraph of our own, its first line no headline: the record before is 2566's, not the text's period.
    const power = "ความต้องการใช้ไฟฟ้าสูงสุดอยู่ที่ 36,792 เมกะวัตต์ สูงกว่าสถิติเดิมของปี 2566 ที่ 34,827 เมกะวัตต์\nอุณหภูมิสูงสุดวันดังกล่าวอยู่ที่ 40.1 องศาเซลเซียส";
    expect([fact(power, "36,792 เมกะวัตต์").year, fact(power, "34,827 เมกะวัตต์").year, fact(power, "40.1 องศาเซลเซียส").year])
      .toEqual([undefined, 2023, undefined]);
    // Not a goal compared with: its value is a target, and the year is when it was set (thaigov, SME D Bank).
    const goal = "เข้าถึงแหล่งทุนกว่า 68,800 ล้านบาท สูงกว่าเป้าหมายที่ตั้งไว้เมื่อต้นปี 2565 ที่ 66,000 ล้านบาท หรือเกินเป้ากว่า 2,800 ล้านบาท";
    expect(fact(goal, "66,000 ล้านบาท").target).toBe(true);
    // In the body, after a headline, the base governs nothing after it either.
    const cars = "ข่าวยานยนต์\nยอดขายเดือนนี้ 45,098 คัน สูงกว่ายอดขายของปี 2566 ที่ 40,000 คัน และยอดส่งออก 87,123 คัน";
    expect([fact(cars, "40,000 คัน").year, fact(cars, "87,123 คัน").year]).toEqual([2023, undefined]);
  });

  test("a line's own periods leave out what a comparison's glued phrase names, not a goal's year (same test as the refine step)", () => {
    const years = (line: string) => linePeriods(line, builtinRules()).map((r) => r.year);
    expect(years("ความต้องการใช้ไฟฟ้าสูงสุดอยู่ที่ 36,792 เมกะวัตต์ สูงกว่าสถิติเดิมของปี 2566 ที่ 34,827 เมกะวัตต์")).toEqual([]);
    expect(years("เข้าถึงแหล่งทุนกว่า 68,800 ล้านบาท สูงกว่าเป้าหมายที่ตั้งไว้เมื่อต้นปี 2565 ที่ 66,000 ล้านบาท")).toEqual([2022]);
  });

  test("a percentage's whole glued after it (ของการผลิตรถยนต์ทั้งหมด) does not part it from its period", () => {
    // Business paragraphs of our own: a lead period above, the figure's own after it.
    const ev = "ตลาดรถยนต์ไฟฟ้า\nในปี 2566 ยอดจดทะเบียนรถยนต์ไฟฟ้าใหม่อยู่ที่ 76,000 คัน\nรัฐบาลตั้งเป้าให้รถยนต์ไฟฟ้ามีสัดส่วน 30% ของการผลิตรถยนต์ทั้งหมดภายในปี 2573";
    expect(fact(ev, "30%").year).toBe(2030);
    // thaigov: a share of a year's whole.
    const poor = "ข่าว\nวันพุธที่ 1 กันยายน 2564\nมีคนจนด้านการศึกษาจำนวน 355,593 คน หรือคิดเป็นร้อยละ 36.16 ของคนจนเป้าหมายทั้งหมดในปี 2562 มาเป็นเครื่องมือ";
    expect(fact(poor, "ร้อยละ 36.16").year).toBe(2019);
    // Not past a clause start glued in the run: the period is the next clause's.
    const uae = "ข่าว\nวันพุธที่ 1 มิถุนายน 2565\nไทยมีสัดส่วนการนำเข้าจากสหรัฐอาหรับเอมิเรตส์ ร้อยละ 0.36 ของมูลค่าการนำเข้าสินค้าเกษตรจากโลกโดยในปี 2562 ไทยนำเข้า";
    expect(fact(uae, "ร้อยละ 0.36").year).not.toBe(2019);
    // The whole a word of Latin letters, a space before the period (thaigov 2564): each share its own year.
    const gdp = "ข่าว\nไทยขยายมาตรการช่วยเหลือทางสังคมแบบก้าวกระโดด จาก 0.8% ของ GDP ในปี 2562 เป็น 3.2% ของ GDP ในปี 2563 กองทุนการเงินระหว่างประเทศ";
    expect([fact(gdp, "0.8%").year, fact(gdp, "3.2%").year]).toEqual([2019, 2020]);
  });

  test("a comparison's base reached through ช่วง, เดือน and a month's name governs nothing after it", () => {
    // thaigov 59753: the base is August 2564; the figures after it are the report's (2565).
    const text = "ข่าวส่งออก\nวันศุกร์ที่ 30 กันยายน 2565\nการส่งออกในปี 2565 ขยายตัวดี โดยเดือนสิงหาคมขยายตัวร้อยละ 20.38 จากช่วงเดือนสิงหาคม ของปี 2564 ขณะที่ภาพรวมการส่งออกมีมูลค่า 5,000 ล้านบาท";
    expect(fact(text, "5,000 ล้านบาท").year).toBe(2022);
  });

  test("a comparison's base with what is compared glued between จาก and its period (ลดลงจากงบประมาณปี 2566) governs nothing after it", () => {
    // thaigov 63590 (a fiscal 2567 budget, released in 2566): the items after each base are the budget's.
    const budget = "สาระสำคัญงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567 ดังนี้\n(1) รายจ่ายประจำ จำนวน 2,508,990.9 ล้านบาท คิดเป็นสัดส่วนร้อยละ 74.89 ของวงเงินงบประมาณรวม ลดลงจากงบประมาณปี 2566 ซึ่งมีสัดส่วน 75.43 (2) รายจ่ายเพื่อชดใช้เงินคงค้าง จำนวน 33,759.1 ล้านบาท";
    expect(fact("ข่าวงบประมาณ\nวันอังคารที่ 10 มกราคม 2566\n" + budget, "33,759.1 ล้านบาท").year).toBe(2024);
    // ซึ่งมี (which has) opens the base's own clause, as ที่ does: its share is the base year's.
    expect(fact("ข่าวงบประมาณ\nปีงบประมาณ พ.ศ. 2567 รายจ่ายลงทุน คิดเป็นสัดส่วนร้อยละ 20.60 ลดลงจากปีงบประมาณ พ.ศ. 2566 ซึ่งมีสัดส่วนร้อยละ 21.65", "ร้อยละ 21.65").year).toBe(2023);
    const act = "เห็นชอบวงเงินงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567 จำนวน 3,350,000 ล้านบาท เพิ่มขึ้นจากพระราชบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณพ.ศ. 2566 ที่กำหนดไว้ที่ 3,185,000 ล้านบาท เป็นจำนวน 165,000 ล้านบาท";
    expect([fact(act, "3,185,000 ล้านบาท").year, fact(act, "165,000 ล้านบาท").year]).toEqual([2023, 2024]);
    // A link may stand between the noun and the period (จากรายจ่ายลงทุน|ใน|ปีงบประมาณ พ.ศ. 2566).
    const invest = "งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567 รายจ่ายลงทุน 805,000 ล้านบาท ซึ่งเพิ่มขึ้นจากรายจ่ายลงทุนในปีงบประมาณ พ.ศ. 2566 ร้อยละ 17.1 และคิดเป็นสัดส่วนร้อยละ 22.4 ของวงเงินงบประมาณ";
    expect([fact(invest, "ร้อยละ 17.1").year, fact(invest, "ร้อยละ 22.4").year]).toEqual([2024, 2024]);
    // Not after a word that is no rise nor fall: the period governs (ได้รับจัดสรรจากงบประมาณปี 2566).
    expect(fact("โครงการได้รับจัดสรรจากงบประมาณปี 2566 จำนวน 50 ล้านบาท", "50 ล้านบาท").year).toBe(2023);
  });

  test("a comparison's word after measure words (ซึ่งมีจำนวนมากกว่า…ปี 2564) makes a base that governs nothing after its own clause", () => {
    // thaigov (rail riders on Loy Krathong 2565): the base's own figure after a cue word alone (จำนวน) is the base year's.
    const rail = "วันลอยกระทงปี 2565 ที่ผ่านมา มีประชาชนใช้บริการระบบราง รวมทั้งสิ้นจำนวน 1,466,357 คน/เที่ยว ซึ่งมีจำนวนมากกว่าวันลอยกระทงปี 2564 ที่มีคนใช้บริการอยู่ที่ จำนวน 808,736 คน/เที่ยว เพิ่มขึ้น 657,621 คน/เที่ยว หรือร้อยละ 81.31 แบ่งเป็น รถไฟระหว่างเมือง จำนวน 60,188 คน/เที่ยว";
    expect(["808,736 คน/เที่ยว", "657,621 คน/เที่ยว", "ร้อยละ 81.31", "60,188 คน/เที่ยว"].map((t) => fact(rail, t).year)).toEqual([2021, 2022, 2022, 2022]);
  });

  test("a span of years names no one year for the figures of its clause; a crop year with a slash its first", () => {
    // A plan of years after the text's is a plan (thaigov, a text of 2566).
    const plan = "ข่าว\nวันพุธที่ 1 มีนาคม 2566\nทั้งนี้ ภายใต้ (ร่าง) แผนปฎิบัติการฯ ปี 2567-2570 ได้วางกรอบใช้งบประมาณทั้งสิ้น 1,230 ล้านบาท ประกอบด้วย 3 มาตรการ";
    expect([fact(plan, "1,230 ล้านบาท").year, fact(plan, "1,230 ล้านบาท").target]).toEqual([undefined, true]);
    // thaigov 52361 (farm trade with the UAE): a share over three years.
    const trade = "สหรัฐอาหรับเอมิเรตส์เป็นประเทศคู่ค้าสินค้าเกษตรอันดับที่ 27 ของไทย ในระหว่างปี 2562-2564 มีสัดส่วนการค้าสินค้าเกษตรร้อยละ 0.53";
    expect(fact(trade, "ร้อยละ 0.53").year).toBeUndefined();
    // Past its clause, the reference before it governs again; in brackets it governs nothing.
    const after = "ในปี 2565 มีผู้ปลูก 500 ราย ในระหว่างปี 2562-2564 เฉลี่ย 400 ราย ขณะที่มีพื้นที่ปลูก 3,000 ไร่";
    expect([fact(after, "400 ราย").year, fact(after, "3,000 ไร่").year]).toEqual([undefined, 2022]);
    expect(fact("ปีงบประมาณ 2568 โครงการระยะ 3 ปี (2568-2570) วงเงิน 500 ล้านบาท", "500 ล้านบาท").year).toBe(2025);
    // A tax year is one year, filed in the next (thaigov 2566, personal income tax returns).
    expect(fact("ข่าว\nวันอาทิตย์ที่ 9 เมษายน 2566\nข้อมูลการคืนภาษี ภ.ง.ด.90/91 ปีภาษี 2565 มีผู้ยื่นแบบทั้งสิ้น 8,808,276 แบบ", "8,808,276 แบบ").year).toBe(2022);
    // Counted as of a day right after the year (ณ วันที่ 30 มี.ค.): still the year's figures.
    expect(fact("ข่าว\nวันอาทิตย์ที่ 9 เมษายน 2566\nข้อมูลการคืนภาษี ภ.ง.ด.90/91 ปีภาษี 2565 ณ วันที่ 30 มี.ค. มีผู้ยื่นแบบทั้งสิ้น 8,808,276 แบบ", "8,808,276 แบบ").year).toBe(2022);
    // A crop year across two names no one year either, and governs its paragraph as a year does.
    const season = "ข่าว\nวันพุธที่ 4 ธันวาคม 2567\nธ.ก.ส. ดำเนินมาตรการรักษาเสถียรภาพราคาข้าวเปลือก ปีการผลิต 2567/68 กรอบวงเงินรวม 50,000 ล้านบาท ซึ่งคาดการณ์ว่าจะมีผลผลิตรวมทั้งประเทศกว่า 30 ล้านตัน โดยเกษตรกรกู้ได้รายละไม่เกิน 300,000 บาท";
    expect([fact(season, "50,000 ล้านบาท").year, fact(season, "30 ล้านตัน").year, fact(season, "300,000 บาท").year]).toEqual([undefined, undefined, undefined]);
    expect(fact("ในปี 2565 มีผู้ปลูก 500 ราย ปีการผลิต 2566/67 มีผลผลิต 9.09 ล้านตัน", "9.09 ล้านตัน").year).toBeUndefined();
    // Its years paired in order with the list of figures after it that ตามลำดับ closes.
    const growth = "ข่าว\nการส่งออกของไทยปี 2565-66 จะเติบโต 3.4% และ 4.8% ตามลำดับ";
    expect([fact(growth, "3.4%").year, fact(growth, "4.8%").year]).toEqual([2022, 2023]);
    // Two parallel lists that share the closing word, a rate's words before it (thaigov 49734, the
    // medium-term fiscal plan): each list is paired in order.
    const deficit = "2.3 ในปีงบประมาณ 2566 - 2569 รัฐบาลจะขาดดุลงบประมาณจำนวน 695,000 710,000 723,000และ 736,000 ล้านบาท หรือร้อยละ 3.9 3.8 3.7 และ 3.6 ต่อ GDP ตามลำดับ";
    expect(["695,000", "736,000 ล้านบาท", "ร้อยละ 3.9", "3.6"].map((f) => fact(deficit, f).year)).toEqual([2023, 2026, 2023, 2026]);
  });

  test("a span of months in brackets that spells out a fiscal year leaves the fiscal year governing", () => {
    const port = "ไตรมาสแรกของปีงบประมาณ 2565 (ต.ค.-ธ.ค.2564) มีเรือเทียบท่าที่ท่าเรือทั้ง 2 แห่ง รวม 3,721 เที่ยว เพิ่มขึ้น 13.10%";
    expect([fact(port, "3,721 เที่ยว").year, fact(port, "13.10%").year]).toEqual([2022, 2022]);
    expect(fact(port, "3,721 เที่ยว").subject).not.toContain("ธ.ค.");
    // Out of brackets, or of the same year, a period governs as ever.
    expect(fact("ในปี 2564 ช่วงเดือน ม.ค.-มี.ค.2565 ส่งออก 140,019 ตัน", "140,019 ตัน").year).toBe(2022);
  });

  test("a comparison's base after เมื่อเทียบกับ (one dictionary word) governs nothing after it", () => {
    const text = "ดัชนีอุตฯ เม.ย. 64 เพิ่มขึ้นร้อยละ 18.46 เมื่อเทียบกับ เม.ย. 63 และ 4 เดือนแรกขยายตัวร้อยละ 4.38";
    expect(fact(text, "ร้อยละ 4.38").year).toBe(2021);
  });

  test("a month's short form glued to the word before it is a date, and governs", () => {
    const f = fact("ยอดขายรถยนต์เดือนก.ย. 67 อยู่ที่ 50,000 คัน", "50,000 คัน");
    expect([f.year, f.subject]).toEqual([2024, "ยอดขายรถยนต์"]);
    expect(factsOf("ตั้งแต่เดือนม.ค. - มิ.ย. 2565 มีผู้โดยสาร").find((g) => g.kind === "date")?.value).toBe("2022-01/2022-06");
  });

  test("a quarter with its year governs too", () => {
    expect(fact("สถานการณ์หนี้สินครัวเรือนในไตรมาสสองปี 2563 มีมูลค่า 13.59 ล้านล้านบาท", "13.59 ล้านล้านบาท").year).toBe(2020);
  });

  test("the present (ปัจจุบัน) says no year and ends the reach of the years before it", () => {
    const text = "เริ่มตั้งแต่ปี 2562 ปัจจุบันมีองค์กรต้นแบบในการจัดตั้งศูนย์สุขภาพวัยทำงาน 8 แห่ง";
    // Not 2019, the year before it; nor, with a dateline, the dateline's: the text says no year for it.
    expect(fact(text, "8 แห่ง").year).toBeUndefined();
    expect(fact(`ข่าวแรงงาน\nวันพุธที่ 8 มกราคม 2568\n${text}`, "8 แห่ง").year).toBeUndefined();
    // A year written after it in its paragraph governs again.
    expect(fact(`ข่าวแรงงาน\nวันพุธที่ 8 มกราคม 2568\n${text} ในปี 2566 มี 12 แห่ง`, "12 แห่ง").year).toBe(2023);
    // Nor after a figure, dated (มากกว่า 1 ล้านราย ปัจจุบัน…): it links to none.
    expect(fact("ข่าว\nวันพุธที่ 8 มกราคม 2568\nในปี 2563 มีโครงการ 38 โครงการ ปัจจุบันดำเนินการแล้ว 10 โครงการ", "38 โครงการ").year).toBe(2020);
    // Right after a figure it starts the next clause: the figure keeps its own year.
    expect(fact("ในปี 2563 มีโครงการ 38 โครงการ ปัจจุบันดำเนินการแล้ว 10 โครงการ", "38 โครงการ").year).toBe(2020);
    // Up to now (ถึงปัจจุบัน), a span's end: a span of years, no one year's; a day written after it is the reference.
    const upToNow = "วันศุกร์ที่ 9 กรกฎาคม 2564\nกระทรวงพาณิชย์รายงานว่า ตั้งแต่ปี 2562 ถึงปัจจุบัน มีผู้ขอนำไม้ยืนต้นมาจดทะเบียนแล้ว จำนวน 87 สัญญา";
    expect(fact(upToNow, "87 สัญญา").year).toBeUndefined();
    // From a day of the text's own year up to now: all of it in that year (thaigov, August 2564, vaccinations).
    const vaccines = "วันอังคารที่ 31 สิงหาคม 2564\nโควิด-19 ตั้งแต่วันที่  28 กุมภาพันธ์ 2564 จนถึงปัจจุบัน มีผู้ที่ได้รับวัคซีนโควิด-19 จำนวน 2 เข็ม แล้วเป็นจำนวน 7,807,213 ราย";
    expect(fact(vaccines, "7,807,213 ราย").year).toBe(2021);
    expect(fact(vaccines.replace("28 กุมภาพันธ์ 2564", "28 กุมภาพันธ์ 2563"), "7,807,213 ราย").year).toBeUndefined();
    const day = "วันพฤหัสบดีที่ 5 พฤศจิกายน 2563\nราคายางลดลงต่อเนื่องตั้งแต่วันที่ 29 ต.ค.63 จนถึงปัจจุบัน 5 พ.ย.63 ขณะที่ยางแผ่นดิบ เหลือเพียง กก.ละ 61.37 บาท";
    expect(fact(day, "61.37 บาท").year).toBe(2020);
    // Nor is it a period the figure is compared with: มากกว่า stays a bound.
    expect(fact("รองรับการให้สินเชื่อแก่ประชาชนได้มากกว่า 1 ล้านราย ปัจจุบันมีผู้ขอ", "1 ล้านราย").qualifier).toBe("more_than");
  });

  test("a year before or after said as a length's tail (10 ปีที่แล้ว, ten years ago) is no year before the text's; this year's still is", () => {
    const ago = "ข่าว\nวันจันทร์ที่ 10 มกราคม 2565\nเมื่อ 10 ปีที่แล้ว มีผู้ป่วย 500 ราย";
    expect(fact(ago, "500 ราย").year).toBeUndefined();
    expect(fact(ago.replace("10 ปีที่แล้ว", "ปีที่แล้ว"), "500 ราย").year).toBe(2021);
    // ใน 7 เดือนนี้: these seven months, of the text's year.
    expect(fact("ข่าว\nวันจันทร์ที่ 10 สิงหาคม 2565\nการลงทุนใน 7 เดือนนี้ มีเงินลงทุนกว่า 3 หมื่นล้านบาท", "3 หมื่นล้านบาท").year).toBe(2022);
  });

  test("ปีที่ผ่านมา (the year gone by) is the year before the text's; หลายปีที่ผ่านมา names no one year", () => {
    // thaigov 2565 (fruit exports), 2564 (a bank's interest margin).
    const fruit = "ข่าว\nวันพฤหัสบดีที่ 5 พฤษภาคม 2565\nทำให้ผลผลิตผลไม้ไทยปีนี้อาจเพิ่มขึ้นถึง 32% ซึ่งในปีที่ผ่านมา ไทยส่งออกสูงสุดเป็นประวัติการณ์กว่า 1.6 แสนล้านบาท";
    expect(fact(fruit, "1.6 แสนล้านบาท").year).toBe(2021);
    const many = "ข่าว\nวันจันทร์ที่ 8 พฤศจิกายน 2564\nในปี 2564 มีแรงงานเดินทางไปแล้ว หลายปีที่ผ่านมาอุตสาหกรรมผลไม้ป่าของฟินแลนด์ได้พึ่งพาแรงงานไทย ซึ่งคิดเป็นร้อยละ 90";
    expect(fact(many, "ร้อยละ 90").year).toBeUndefined();
    // After a number, a length's tail.
    expect(fact("ข่าว\nวันจันทร์ที่ 8 พฤศจิกายน 2564\nในปี 2564 ในช่วง 2 ปีที่ผ่านมา มีผู้ส่งออก 5,000 ราย", "5,000 ราย").year).toBe(2021);
  });

  test("a year far past the document's own is a slip, not a time reference", () => {
    const text = "วันที่ 5 พฤษภาคม 2564\nสะสมของระลอกเมษายน 2664 รวม 2,555 ราย ได้เปิดโรงพยาบาลสนาม 2 แห่ง";
    expect(fact(text, "2 แห่ง").year).not.toBe(2121);
  });

  test("a base's year dates no forecast after it: continuing from, a change named as a noun, a list of bases", () => {
    // thaigov 2566 (the planning agency's outlook for 2566, in the cabinet's summary).
    const outlook = "ข่าว\nวันอังคารที่ 21 กุมภาพันธ์ 2566\nเศรษฐกิจไทยในปี 2566 คาดว่าจะขยายตัวร้อยละ 3.2 โดย (2) การใช้จ่ายเพื่อการอุปโภคภาครัฐบาล คาดว่าจะลดลงร้อยละ 1.5 เทียบกับการลดลงร้อยละ 0.04 ในปี 2565 และเป็นการปรับลดจากการลดลงร้อยละ 0.1 ในการประมาณการครั้งที่ผ่านมา 3.2 การลงทุนรวม คาดว่าจะขยายตัวร้อยละ 2.2 ต่อเนื่องจากร้อยละ 2.3 ในปี 2565 โดย (1) การลงทุนภาคเอกชน คาดว่าจะขยายตัวร้อยละ 2.1";
    expect(fact(outlook, "ร้อยละ 0.04").year).toBe(2022);
    expect(fact(outlook, "ร้อยละ 0.1").year).toBe(2023);
    expect(fact(outlook, "ร้อยละ 2.2").year).toBe(2023);
    expect(fact(outlook, "ร้อยละ 2.3").year).toBe(2022);
    expect(fact(outlook, "ร้อยละ 2.1").year).toBe(2023);
    // What the forecasts are compared with was: no target, whatever cue stands before.
    expect(fact(outlook, "ร้อยละ 0.04").target).toBe(false);
    expect(fact(outlook, "ร้อยละ 2.3").target).toBe(false);
    expect(fact(outlook, "ร้อยละ 2.2").target).toBe(true);
    const bases = "ข่าว\nวันอังคารที่ 21 กุมภาพันธ์ 2566\nเศรษฐกิจไทยในปี 2565 ขยายตัวร้อยละ 2.6 การอุปโภคบริโภคภาคเอกชนและการลงทุนภาคเอกชนขยายตัวร้อยละ 6.3 และร้อยละ 5.1 เร่งขึ้นจากร้อยละ 0.6 และร้อยละ 3.0 ในปี 2564 ตามลำดับ การส่งออกบริการกลับมาขยายตัวในเกณฑ์สูงร้อยละ 65.7";
    expect(fact(bases, "ร้อยละ 65.7").year).toBe(2022);
    // Continuing from a change named as a noun (thaigov 2566, the cabinet's summary of the outlook).
    const named = "ข่าว\nวันอังคารที่ 19 ธันวาคม 2566\nแนวโน้มเศรษฐกิจไทยในปี 2566 คาดว่า GDP จะขยายตัวร้อยละ 2.5 ต่อเนื่องจากการขยายตัวร้อยละ 2.6 ในปี 2565 อัตราเงินเฟ้อคาดว่าจะอยู่ที่ร้อยละ 1.4";
    expect(fact(named, "ร้อยละ 2.6").year).toBe(2022);
    expect(fact(named, "ร้อยละ 1.4").year).toBe(2023);
  });

  test("a resolution's day dates none of the decision's terms; a meeting room's does not make a day a resolution's", () => {
    // thaigov 2564: the cabinet's decision on a withholding tax, told the day after.
    const tax = "ข่าว\nวันพุธที่ 13 มกราคม 2564\nในการประชุม ครม.เมื่อวันที่ 12 ม.ค.2564 ได้มีมติเห็นชอบมาตรการภาษีเพื่อส่งเสริมการใช้ระบบภาษีหัก ณ ที่จ่ายอิเล็กทรอนิกส์ (e-Withholding Tax) โดยลดอัตราภาษีหัก ณ ที่มีอัตรา 5% และ 3% เหลือ 2% สำหรับการจ่ายเงินได้พึงประเมินผ่านระบบ";
    expect(fact(tax, "2%").year).toBeUndefined();
    expect(fact(tax, "5%").year).toBeUndefined();
    // Referred to before it (ตามมติ…): the resolution's day still dates nothing.
    const referred = "ข่าว\nวันอังคารที่ 1 มิถุนายน 2564\nคณะกรรมการกำหนดราคาค่าทดแทนฯ ตามมติคณะรัฐมนตรีเมื่อวันที่ 11 กรกฎาคม 2532 ได้พิจารณากำหนดจ่ายเงินค่าขนย้ายให้แก่ราษฎรในอัตราไร่ละ 50,000 บาท";
    expect(fact(referred, "50,000 บาท").year).toBeUndefined();
    // The news's day in a meeting room is no resolution's: it dates what is handed over that day.
    const room = "ข่าว\nวันอังคารที่ 23 กุมภาพันธ์ 2564\nวันนี้ (23 กุมภาพันธ์ 2564) ที่ห้องประชุม 1 ชั้น 9 กรมสนับสนุนบริการสุขภาพ ปลัดกระทรวงสาธารณสุข รับมอบเครื่องตรวจวัดปริมาณฝุ่นละอองขนาดเล็กในอากาศด้วยระบบเซนเซอร์ (DustBoy) จำนวน 500 เครื่อง";
    expect(fact(room, "500 เครื่อง").year).toBe(2021);
  });

  test("a year word inside a short quoted name names the campaign, not the figures' time", () => {
    // thaigov 2565 (a bank's home-loan campaign, in a text of November 2565).
    const campaign = "ข่าว\nวันพฤหัสบดีที่ 10 พฤศจิกายน 2565\nภายใต้แคมเปญ “กู้ปีนี้ ผ่อนปีหน้า” โดย 6 เดือนแรกไม่ต้องผ่อนชำระ";
    expect(fact(campaign, "6 เดือน").year).toBeUndefined();
    // Not a sentence quoted: its year words still date (“ปีหน้าจะส่งออกได้ 8 ล้านตัน” holds a figure).
    const quoted = "ข่าว\nวันพฤหัสบดีที่ 10 พฤศจิกายน 2565\nนายกฯ กล่าวว่า “ปีหน้าจะส่งออกข้าวได้ 8 ล้านตัน”";
    expect(fact(quoted, "8 ล้านตัน").year).toBe(2023);
  });

  test("a comparison's base year governs nothing", () => {
    const f = fact("โดยมีจำนวน 83 โครงการ เพิ่มขึ้นจากปี 2562 ร้อยละ177", "ร้อยละ177");
    expect(f.year).toBeUndefined();
    expect(fact("ในปี 2564 มูลค่าการค้าอยู่ที่ 74,370 ล้านหยวน เติบโตร้อยละ 34.1 จากปี 2563 ทั้งนี้ สินค้าส่งออก อาทิ แผงวงจรรวม (+24.3%)", "+24.3%").year).toBe(2021);
    expect(fact("ปี 2566 หดตัวร้อยละ 4.4 เมื่อเทียบกับช่วงเดียวกันของปีก่อน ส่งผลให้ยอดขายลดลง 5%", "5%").year).toBe(2023);
    // A month or a quarter word between the base word and its date (จาก + เดือน + สิงหาคม 2561).
    expect(fact("ยอดการผลิตรถยนต์ เดือนสิงหาคม 2562 มีทั้งสิ้น 166,361 คัน ลดลงจากเดือนสิงหาคม 2561 ร้อยละ 8.21", "ร้อยละ 8.21").year).toBe(2019);
  });

  test("a base's own clause ends at a figure in it: the next figure is the report's", () => {
    // thaigov 52077: the labour index grew 1.04% (after ที่, the change's size); the utilisation is January 2565's.
    const mpi = "ดัชนีแรงงานอุตสาหกรรม เดือนมกราคมปี 2565 ขยายตัวจากช่วงเดียวกันของปีก่อนที่ร้อยละ 1.04 และอัตราการใช้กำลังการผลิตอยู่ที่ร้อยละ 65.91";
    expect([fact(mpi, "ร้อยละ 1.04").year, fact(mpi, "ร้อยละ 65.91").year]).toEqual([2022, 2022]);
  });

  test("a base's own clause (จากปีก่อนที่ …) is the base's: its year, and what was", () => {
    const text = "โดยคาดว่า ปี 2564 มูลค่าการส่งออกจะมีแนวโน้มเพิ่มขึ้น 16.6% จะสร้างรายได้กว่า 2,700 ล้านบาท เพิ่มขึ้นจากปีก่อนที่ส่งออกมูลค่า 2,331 ล้านบาท ซึ่งประเทศไทยเป็นผู้ผลิต";
    expect([fact(text, "2,700 ล้านบาท").year, fact(text, "2,700 ล้านบาท").target]).toEqual([2021, true]);
    expect([fact(text, "2,331 ล้านบาท").year, fact(text, "2,331 ล้านบาท").target]).toEqual([2020, false]);
    const explicit = "สูงกว่าปี 2562 ที่มีอัตราการเบิกจ่ายงบลงทุนร้อยละ 78 ของกรอบลงทุนทั้งปี";
    expect(fact(explicit, "ร้อยละ 78").year).toBe(2019);
    // This year, with no date to read it from: no year, and the clause's own จะ is its.
    const forecast = "บริษัทตั้งเป้ารายได้ปี 2568 เติบโต 15% จากปีนี้ที่คาดว่าจะมีรายได้ 12,000 ล้านบาท";
    expect([fact(forecast, "12,000 ล้านบาท").year, fact(forecast, "12,000 ล้านบาท").target]).toEqual([undefined, true]);
    // Past a phrase mark, the figure is the sentence's again.
    expect(fact("เพิ่มขึ้นจากปีก่อนที่ส่งออกได้น้อย ขณะที่ปี 2564 มีรายได้ 500 ล้านบาท", "500 ล้านบาท").year).toBe(2021);
    // Right after ที่ alone, a percentage is the change's size, of the year reported.
    const size = "ยอดการผลิตรถยนต์ในเดือน ก.ค. ปี2568 มีทั้งสิ้น 110,616 คัน ลดลงจากเดือนก.ค. ปี2567 ที่ 11.39%";
    expect(fact(size, "11.39%").year).toBe(2025);
    // With the figure compared right before the base, the percentage after ที่ is the base's level.
    const ratio = "ไตรมาส 1/2564 Cost to Income ratio เท่ากับร้อยละ 44.25 ลดลงจากไตรมาส 4/2563 ที่ร้อยละ 48.78";
    expect([fact(ratio, "ร้อยละ 44.25").year, fact(ratio, "ร้อยละ 48.78").year]).toEqual([2021, 2020]);
    expect(fact("ยอดขายสาขาเดิมไตรมาส 1/2568 ติดลบ 4.5% เทียบกับช่วงเดียวกันของปีก่อนที่ -1.2%", "-1.2%").year).toBe(2024);
    // An amount right after ที่ is the base's level, of its year, no target (a survey's forecast, fresh23 biz).
    const level = "ข่าว\nวันจันทร์ที่ 6 พฤษภาคม 2567\nผลสำรวจคาดว่าช่วงเปิดเทอมปีนี้ จะมีมูลค่าประมาณ 56,400 ล้านบาท ลดลง 1.8% จากปีก่อนที่ 57,430 ล้านบาท";
    expect([fact(level, "57,430 ล้านบาท").year, fact(level, "57,430 ล้านบาท").target]).toEqual([2023, false]);
    // The base's level (อยู่ที่, ปิดที่ right after it).
    const market = "โดยดัชนีหุ้นไทยปี 2561 ปิดที่ 1,563.88 จุด ลดลง 10.82% จากสิ้นปี 2560 ปิดที่ 1,753.71 จุด";
    expect(fact(market, "1,753.71 จุด").year).toBe(2017);
    expect(fact(market, "1,563.88 จุด").year).toBe(2018);
  });

  test("the figures of a list in a base's own clause are all the base's; a rise after them is not", () => {
    const rice = "การส่งออกข้าวช่วง 10 เดือนของปี 2561 มีปริมาณ 9,049,105 ตัน เพิ่มขึ้น 0.3% เมื่อเทียบกับ ช่วงเดียวกันในปี 2560 ที่มีการส่งออกปริมาณ 9,024,289 ตัน มูลค่า 3,957 ล้านเหรียญสหรัฐฯหรือ 134,905 ล้านบาท";
    expect(["9,024,289 ตัน", "3,957 ล้านเหรียญสหรัฐฯ", "134,905 ล้านบาท"].map((w) => fact(rice, w).year)).toEqual([2017, 2017, 2017]);
    const shares = "ในไตรมาส 4 ปี 2567 สัดส่วนคิดเป็น 10.7% และ 19.9% ลดลงจากช่วงเดียวกันของปีก่อนที่มีสัดส่วน 12.8% และ 26.1% ตามลำดับ";
    expect([fact(shares, "12.8%").year, fact(shares, "26.1%").year]).toEqual([2023, 2023]);
    const fall = "ในปี 2564 มีรายได้ 4,000 บาท เทียบกับปี 2563 ที่มีรายได้ 26,371 บาท (ลดลงร้อยละ 10.45)";
    expect(fact(fall, "ร้อยละ 10.45").year).not.toBe(2020);
    // A verb starts what the figure after it is of anew: the current period's value.
    const anew = "ช่วง 8 เดือน ปี 2568 ไทยส่งออกข้าวปริมาณ 5.04 ล้านตัน ลดลง 23.98% จากช่วงเดียวกันของปีก่อนที่มีปริมาณส่งออกอยู่ที่ 6.63 ล้านตัน มีมูลค่า 2,987 ล้านเหรียญสหรัฐ ลดลง 30.58%";
    expect([fact(anew, "6.63 ล้านตัน").year, fact(anew, "2,987 ล้านเหรียญสหรัฐ").year]).toEqual([2024, 2025]);
  });

  test("a base figure's period after it is its own, and dates nothing after it", () => {
    const rise = "รายได้รวม 500 ล้านบาท เพิ่มขึ้นจาก 450 ล้านบาทในปี 2566 ส่วนกำไรสุทธิอยู่ที่ 50 ล้านบาท";
    expect([fact(rise, "450 ล้านบาท").year, fact(rise, "50 ล้านบาท").year]).toEqual([2023, undefined]);
    const compared = "กำไรสุทธิไตรมาส 3/2567 อยู่ที่ 60,000 ล้านบาท เทียบกับ 55,890 ล้านบาทในช่วงเดียวกันของปีที่แล้ว ขณะที่รายได้รวมอยู่ที่ 80,512 ล้านบาท";
    expect([fact(compared, "55,890 ล้านบาท").year, fact(compared, "80,512 ล้านบาท").year]).toEqual([2023, 2024]);
    // จาก after no rise or fall is no base: รายได้จาก 5 โครงการในปี 2566 dates what follows.
    expect(fact("รายได้จาก 5 โครงการในปี 2566 รวม 300 ล้านบาท", "300 ล้านบาท").year).toBe(2023);
  });

  test("a base after the level a rise or a fall reached (ลดลงเป็นร้อยละ 2.50 จากร้อยละ 3.14 …) owns its period", () => {
    // A bank's quarterly results (thaigov, Q1/2564): the base's quarter dates neither it twice nor the figures after.
    const bank = "เมื่อเทียบกับไตรมาสที่ 1/2563 ธนาคารมีกำไรลดลงร้อยละ 8.6 จากไตรมาสเดียวกันของปีก่อน ส่งผลให้ NIM ลดลงเป็นร้อยละ 2.50 จากร้อยละ 3.14  ในไตรมาส 1/2563 ประกอบกับค่าใช้จ่ายจากการดำเนินงานที่ลดลงร้อยละ 5.8";
    expect([fact(bank, "ร้อยละ 3.14").year, fact(bank, "ร้อยละ 5.8").year]).toEqual([2020, undefined]);
    // A cue_skip word between the rise and its level (เพิ่มขึ้นมาอยู่ที่), and the same period's base written after it.
    const ratio = "ในไตรมาส 3 ปี 2564 Cost to Income ratio ปรับเพิ่มขึ้นมาอยู่ที่ร้อยละ 43.33  จากร้อยละ 40.74  ในช่วงเดียวกันของปีก่อน";
    expect([fact(ratio, "ร้อยละ 43.33").year, fact(ratio, "ร้อยละ 40.74").year]).toEqual([2021, 2020]);
  });

  test("a base after a rise's own figure (ขยายตัว 22.1% จาก …) owns its period; a bracketed aside governs only its bracket", () => {
    // Corpus-style sentences: a household-debt survey (business news) and a waterworks plan (thaigov).
    const debt = "ผลสำรวจหนี้ครัวเรือนไทย ปี 68 พบว่า ครัวเรือนไทยมีภาระหนี้สินเฉลี่ย 740,596 บาท/ครัวเรือน ขยายตัว 22.1% จาก 606,378 บาท/ครัวเรือน ในปีก่อน หรือสูงสุดในรอบ 4 ปี (ตั้งแต่ปี 65) โดยในจำนวนนี้แบ่งเป็นหนี้ในระบบ 65% (ปี 67 ที่ 69.9%) และอีก 35% เป็นหนี้นอกระบบ";
    expect([fact(debt, "606,378 บาท/ครัวเรือน").year, fact(debt, "65%").year, fact(debt, "69.9%").year, fact(debt, "35%").year]).toEqual([2024, 2025, 2024, 2025]);
    const plan = "สำหรับในปีงบประมาณ 2568 กปภ. มีเป้าหมายเพิ่มจำนวนผู้ใช้น้ำ 235,000 ครัวเรือน (ปัจจุบันมีผู้ใช้น้ำ 6.42 ล้านครัวเรือน) ปริมาณน้ำจำหน่ายเพิ่มจำนวน 49 ล้าน ลบ.ม.";
    expect([fact(plan, "6.42 ล้านครัวเรือน").year, fact(plan, "49 ล้าน ลบ.ม.").year]).toEqual([undefined, 2025]);
    // After a phrase too, not only a figure (thaigov 2564: a housing bank's results); with no other
    // reference before it in reach, it dates nothing after its bracket.
    const npl = "ณ ไตรมาสที่ 3/2564 ธอส. มี NPL 4.52% เพิ่มขึ้นเล็กน้อยเมื่อเทียบกับตลาด (สิ้นปี 2563 ธอส.มี NPL อยู่ที่ 3.75%) โดยมีการตั้งสำรองเผื่อหนี้สงสัยจะสูญที่ 108,201 ล้านบาท";
    expect([fact(npl, "3.75%").year, fact(npl, "108,201 ล้านบาท").year]).toEqual([2020, 2021]);
    const alone = "เพิ่มขึ้นเล็กน้อยเมื่อเทียบกับตลาด (สิ้นปี 2563 ธอส.มี NPL อยู่ที่ 3.75%) โดยมีการตั้งสำรองเผื่อหนี้สงสัยจะสูญที่ 108,201 ล้านบาท";
    expect(fact(alone, "108,201 ล้านบาท").year).toBeUndefined();
    // A bracket that only spells out a period, or a day figures are counted as of, dates what follows.
    const since = "ผู้ป่วยสะสม 307,616 ราย (ตั้งแต่ 1 มกราคม 2565) หายป่วยกลับบ้าน 8,571 ราย";
    expect(fact(since, "8,571 ราย").year).toBe(2022);
    const asOf = "โครงการ ม33เรารักกัน (ข้อมูล ณ วันที่ 16 มี.ค.64 เวลา 08.00 น.) ผู้ลงทะเบียนสำเร็จสะสม จำนวน 494,380 คน";
    expect(fact(asOf, "494,380 คน").year).toBe(2021);
  });

  test("a record's span names no one year, whatever dates the figure it qualifies", () => {
    // thaigov 2564 (exports in May 2564, a monthly industry report).
    const exports = "การส่งออกรวมเดือนพฤษภาคม 2564 มีมูลค่า 23,058 ล้านเหรียญสหรัฐ ขยายตัวร้อยละ 41.59 สูงสุดในรอบ 11 ปี โดยเฉพาะการส่งออกสินค้าอุตสาหกรรม";
    expect([fact(exports, "ร้อยละ 41.59").year, fact(exports, "11 ปี").year]).toEqual([2021, undefined]);
    // Nor in months (ครั้งแรกในรอบ 25 เดือน).
    expect(fact("เงินเฟ้อเดือนตุลาคม 2566 ลดลง 0.31% ครั้งแรกในรอบ 25 เดือน", "25 เดือน").year).toBeUndefined();
    // Not another length: how long something takes.
    expect(fact("การส่งออกรวมเดือนพฤษภาคม 2564 มีมูลค่า 23,058 ล้านเหรียญสหรัฐ ซึ่งใช้เวลา 3 เดือน", "3 เดือน").year).toBeUndefined();
  });

  test("ปีก่อน counts from the year written before it in its paragraph", () => {
    const text = "อัตราเงินเฟ้อเดือนมกราคม 2564 ลดลงร้อยละ 0.34 ส่วนปีก่อน ขยายตัวร้อยละ 0.21";
    expect(fact(text, "ร้อยละ 0.21").year).toBe(2020);
    // A base (เหมือนปีก่อน: like the year before) governs nothing.
    const like = "การผลิตเดือนมกราคม 2564 ไม่ได้รับผลกระทบจากภัยแล้งเหมือนปีก่อน ขยายตัวร้อยละ 0.21";
    expect(fact(like, "ร้อยละ 0.21").year).toBe(2021);
  });

  test("the year a record is counted since (ต่ำที่สุดนับตั้งแต่ปี 2563) dates no figure; a span นับตั้งแต่ opens does", () => {
    const cpi = "ดัชนีราคาผู้บริโภคเดือนตุลาคม 2567 ลดลง 0.6% ต่ำที่สุดนับตั้งแต่ปี 2563 ขณะที่เงินเฟ้อพื้นฐานเพิ่มขึ้น 0.8%";
    expect(fact(cpi, "0.8%").year).toBe(2024);
    const first = "ถือเป็นครั้งแรกนับตั้งแต่ปี พ.ศ. 2472 โดยพระราชบัญญัติดังกล่าวใช้บังคับรวมจำนวน 43 วัด";
    expect(fact(first, "43 วัด").year).toBeUndefined();
    const span = "การดำเนินงานนับตั้งแต่เดือนมีนาคม 2565 ได้จัดตั้งศูนย์ช่วยเหลือสังคมตำบลแล้ว จำนวน 4,978 ศูนย์";
    expect(fact(span, "4,978 ศูนย์").year).toBe(2022);
  });

  test("a day figures are counted as of, in a bracketed note after them in their clause, dates them, and says the present's year", () => {
    // From the corpus.
    const gpf = "ปัจจุบัน กบข. มีสมาชิกประมาณ 1.16 ล้านคน มีมูลค่าสินทรัพย์สุทธิประมาณ 1.05 ล้านล้านบาท (ข้อมูล ณ 31 ม.ค. 2564)";
    expect([fact(gpf, "1.16 ล้านคน").year, fact(gpf, "1.05 ล้านล้านบาท").year]).toEqual([2021, 2021]);
    const prisons = "กรมราชทัณฑ์ ได้ดำเนินการฉีดวัคซีนให้แก่ผู้ต้องขังไปแล้ว 20,336 ราย ในเรือนจำ/ทัณฑสถาน จำนวน 11 แห่ง (ข้อมูล ณ วันที่ 8 มิถุนายน 2564) คือ";
    expect(fact(prisons, "20,336 ราย").year).toBe(2021);
    // A period written before the figure still governs it; an as-of day in no bracket is the next clause's.
    expect(fact("ในปี 2563 มีผู้ป่วย 500 ราย (ข้อมูล ณ 31 ม.ค. 2564)", "500 ราย").year).toBe(2020);
    const land = "ข่าว\nประเมินค่าที่ดินอยู่ที่ 1 ล้านบาทต่อไร่ ในขณะที่ ณ ปี 2564 ราคาเสนอขายอยู่ที่ 2 ล้านบาทต่อไร่";
    expect(fact(land, "1 ล้านบาทต่อไร่").year).toBeUndefined();
  });

  test("a length of the year named nowhere else (7 เดือนแรกของปี) is a period of the governing year", () => {
    const text = "ยอดขายรถยนต์ล่าสุด เดือนกรกฎาคม 2564 และ 7 เดือนแรกของปี ยอดขายรวม 400,000 คัน";
    expect(fact(text, "7 เดือน").year).toBe(2021);
    // A length with no year word after it stays undated.
    expect(fact("ยอดขายรถยนต์ เดือนกรกฎาคม 2564 ลดลงต่อเนื่องเป็นเวลา 7 เดือน", "7 เดือน").year).toBeUndefined();
  });

  test("a bare ปี glued to a length of time is its period's year; after another figure, the next sentence's", () => {
    expect(fact("รายได้จากการดำเนินงานงวด 9 เดือนปี 56 จำนวน 5,200 ล้านบาท", "9 เดือน").year).toBe(2013);
    expect(fact("ปริมาณน้ำ ปี 2554 อยู่ที่ 3,903 ล้าน ลบ.ม.ปี 2564 มีปริมาณ 2,000 ล้าน ลบ.ม.", "3,903 ล้าน ลบ.ม.").year).toBe(2011);
  });

  test("years after a list of figures are paired with them in order when ตามลำดับ (respectively) follows", () => {
    const text = "ข่าวเศรษฐกิจ\nประเมินว่าเศรษฐกิจไทยจะเติบโตที่ 3.2% และ 4.2% ในปี 2565 และ 2566 ตามลำดับ";
    expect([fact(text, "3.2%").year, fact(text, "4.2%").year]).toEqual([2022, 2023]);
    // A first item no rule took (a bare number sharing the unit after it) takes the first year.
    expect(fact("ข่าว\nนักท่องเที่ยวมาอยู่ที่ 25.5 และ 34 ล้านคน ในปี 2566 และ 2567 ตามลำดับ", "34 ล้านคน").year).toBe(2024);
    // Without ตามลำดับ, the year linked after the last figure is its own only.
    expect(fact("ข่าว\nเติบโตที่ 3.2% และ 4.2% ในปี 2565 และ 2566 เป็นต้นไป", "4.2%").year).toBe(2022);
  });

  test("a period joined by และ to another year before it governs the figures after both as neither's", () => {
    // thaigov 55373 (June 2565): arrears of two fiscal years, one amount.
    const arrears = "ค่าตอบแทนเสี่ยงภัย ยอดค้างจ่ายของปีงบประมาณ 2563 และรอบแรกปีงบประมาณ 2565 (ตุลาคม - ธันวาคม 2564) จำนวน 1,918 ล้านบาท";
    expect(fact(arrears, "1,918 ล้านบาท").year).toBeUndefined();
    expect(fact("ในไตรมาสที่ 4/2564 และ ไตรมาสที่ 1/2565 ไทยจะมีนักท่องเที่ยวไม่ต่ำกว่า 1 ล้านคน", "1 ล้านคน").year).toBeUndefined();
    // Not a new clause the joint opens with a link of its own, nor one with words of its own.
    const floods = "ความเสียหายเพียง 94 ล้านบาท ต่ำสุดนับตั้งแต่ปี พ.ศ. 2554 และในปี พ.ศ. 2563 มีพื้นที่ประสบอุทกภัย 58 จังหวัด";
    expect(fact(floods, "58 จังหวัด").year).toBe(2020);
    expect(fact("เบิกจ่ายปี 2563 ดีกว่าปี 2562 และคาดปี 2564 จะเบิกจ่ายกว่า 3 แสนล้านบาท", "3 แสนล้านบาท").year).toBe(2021);
  });

  test("a span of months across years dates nothing, but October to the September after is a fiscal year", () => {
    // thaigov (2563): benefits received from July 2559 to September 2563, a sum of four years.
    const sum = "ได้รับเงินกรณีทุพพลภาพเดือนละ 2,400 บาท ตลอดชีวิต รับเงินมาแล้วตั้งแต่เดือนกรกฎาคม 2559 ถึงเดือนกันยายน 2563 รวมเป็นเงินทั้งสิ้น 122,400 บาท";
    expect(fact(sum, "122,400 บาท").year).toBeUndefined();
    const fiscal = "รัฐวิสาหกิจระบบปีงบประมาณ (ตั้งแต่เดือนตุลาคม 2562 - เดือนกันยายน 2563) 34 แห่ง มีผลเบิกจ่ายจริง 100,783 ล้านบาท";
    expect(fact(fiscal, "100,783 ล้านบาท").year).toBe(2020);
  });

  test("a yearly rate (ปีละ) takes no year from its paragraph: it is every year's", () => {
    // thaigov 52919 (rubber, 2565): the plan cuts the area by 1 แสนไร่ a year.
    const rubber = "คาดการณ์ส่งออกยางพาราปีนี้ 4.2 ล้านตัน โดยมีแผนลดพื้นที่ยางปีละ 1 แสนไร่";
    expect(fact(rubber, "1 แสนไร่").year).toBeUndefined();
    expect(fact("ในปี 2564 ส่งน้ำให้อ่างเก็บน้ำบางพระ ปีละประมาณ 80 ล้าน ลบ.ม.", "80 ล้าน ลบ.ม.").year).toBeUndefined();
    // The word is read on the text, not cut as one: the change before it stays.
    expect(fact("มีผู้ป่วยเบาหวาน 6,200 คน เพิ่มปีละ 500 คน", "500 คน").change).toBe("increase");
    // A year linked right after it still dates it.
    expect(fact("รายได้ปีละ 1.2 ล้านบาท ในปี 2565", "1.2 ล้านบาท").year).toBe(2022);
    // An average rise per year (เฉลี่ย … ต่อปี) is a span's, not the year before it; ต่อปี alone
    // after a month's change says year on year, and the month's year dates it.
    const uae = "และเพิ่มขึ้นอีกครั้งในปี 2564 เป็น 8,487 ล้านบาท คิดเป็นมูลค่าการส่งออกเฉลี่ยปีละ 7,631 ล้านบาท โดยมีอัตราการส่งออกเพิ่มขึ้นเฉลี่ยร้อยละ 6.60 ต่อปี";
    expect([fact(uae, "8,487 ล้านบาท").year, fact(uae, "ร้อยละ 6.60").year]).toEqual([2021, undefined]);
    const cement = "ในเดือนมีนาคม 2563 การลงทุนในหมวดการก่อสร้างทรงตัว สะท้อนจากปริมาณจำหน่ายปูนซีเมนต์ขยายตัวร้อยละ 2.7 ต่อปี ในขณะที่";
    expect(fact(cement, "ร้อยละ 2.7").year).toBe(2020);
  });

  test("a rate of interest or return per annum is a loan's or a deposit's term: dated only in its clause", () => {
    // thaigov 2567 (a housing bank's offer at a fair dated in the paragraph): the offer's rates, no year.
    const expo = "ธอส. ร่วมงานมหกรรมบ้านและคอนโด ครั้งที่ 45 ระหว่างวันที่ 14 - 17 มีนาคม 2567 โดยนำเสนอสินเชื่อบ้านอัตราดอกเบี้ยพิเศษ อัตราดอกเบี้ยเดือนที่ 1 - 6 คงที่เท่ากับ 1.99% ต่อปี เดือนที่ 7 - 36 คงที่เท่ากับ 3.19% ต่อปี";
    expect([fact(expo, "1.99%").year, fact(expo, "3.19%").year]).toEqual([undefined, undefined]);
    // A rate said to be cut is news of its time (thaigov 2568, a bank's cut after the policy rate's).
    const cut = "ในปี 2568 ธนาคารประกาศปรับลดอัตราดอกเบี้ย MLR ลง 0.10% ต่อปี จากปัจจุบัน 6.250% ต่อปี เป็น 6.150% ต่อปี";
    expect(fact(cut, "6.250%").year).toBe(2025);
    // Its own clause still dates it.
    expect(fact("ในปี 2568 อัตราดอกเบี้ยเงินฝากอยู่ที่ 1.5% ต่อปี", "1.5%").year).toBe(2025);
    // So does the day it takes effect, after it, opening the next clause (thaigov 2568, a state bank's cut).
    const mor = "วันนี้ (6 มีนาคม 2568) รองโฆษกเปิดเผยว่า\n1. ธนาคารออมสิน ประกาศลดอัตราดอกเบี้ยเงินกู้ (MOR) ลดเหลือ 6.495% ต่อปี โดยเริ่มตั้งแต่วันที่ 5 มีนาคม – 31 สิงหาคม 2568 หรือจนกว่าจะมีการเปลี่ยนแปลง";
    expect(fact(mor, "6.495%").year).toBe(2025);
  });

  test("a year linked right after the figure comes first", () => {
    expect(fact("ในปี 2564 ปรับตัวดีขึ้นจากการลดลงร้อยละ 7.5 ในปี 2563", "ร้อยละ 7.5").year).toBe(2020);
  });

  test("a range of days longer than a month is a period that governs; one spelling out a reference before it is not", () => {
    const tourists = "ตั้งแต่วันที่ 1 มกราคม - 20 ตุลาคม 2567 มีนักท่องเที่ยวต่างชาติ 28,215,032 คน เพิ่มขึ้น 31.5%";
    expect([fact(tourists, "28,215,032 คน").year, fact(tourists, "31.5%").year]).toEqual([2024, 2024]);
    // A shorter one is an event's days: it dates its clause, as a day does.
    expect(fact("ระหว่างวันที่ 20-22 มกราคม 2566 มีผู้เข้าชมงาน 500 คน", "500 คน").year).toBe(2023);
    const fiscalDays = "ในปีงบประมาณ 2564 (ระหว่างวันที่ 4 - 8 ธันวาคม 2563) มีรายได้ 2.54 ล้านบาท";
    expect(fact(fiscalDays, "2.54 ล้านบาท").year).toBe(2021);
    const fiscal = "สรุปยอดรวมในปีงบประมาณ พ.ศ. 2564 ตั้งแต่วันที่ 1 ตุลาคม 2563 – 8 ธันวาคม 2563 พบว่ามีการกระทำผิด จำนวน 5,483 คดี";
    expect(fact(fiscal, "5,483 คดี").year).toBe(2021);
  });

  test("a day figures are counted as of (ณ วันที่, จนถึงวันที่) dates its paragraph; another day its clause first", () => {
    expect(fact("ส่วนยอดการคืนตั๋วโดยสาร ข้อมูล ณ วันที่ 7 เมษายน 2564 มีผู้โดยสารคืนตั๋วโดยสาร จำนวน 738 คน ทั้งนี้ มีผู้ขอคืนเงิน 20 คน", "20 คน").year).toBe(2021);
    expect(fact("ผลการดำเนินโครงการกำลังใจ ณ 8 มี.ค. 64 มี อสม. ที่เดินทางแล้ว 680,794 คน", "680,794 คน").year).toBe(2021);
    const day = "เมื่อวันที่ 28 เมษายน 2564 รองนายกรัฐมนตรี เป็นประธานมอบเงินสงเคราะห์ลูกจ้าง จำนวน 21,465,350 บาท ทั้งนี้ มีลูกจ้างยื่นคำร้อง 500 คน";
    // Past its clause, with no other reference before it, the day dates the rest of its paragraph.
    expect([fact(day, "21,465,350 บาท").year, fact(day, "500 คน").year]).toEqual([2021, 2021]);
    // A dateline is the news's own day: it dates nothing.
    expect(fact("วันพุธที่ 28 เมษายน 2564\nมีลูกจ้างยื่นคำร้อง 500 คน", "500 คน").year).toBeUndefined();
  });

  test("a date after มีผลตั้งแต่ dates the figures before it in its clause that nothing else dates", () => {
    const wage = "คณะกรรมการค่าจ้างมีมติปรับขึ้นค่าจ้างขั้นต่ำเป็นวันละ 400 บาท ใน 4 จังหวัด มีผลตั้งแต่ 1 ม.ค. 2568";
    expect([fact(wage, "400 บาท").year, fact(wage, "4 จังหวัด").year]).toEqual([2025, 2025]);
    // A year before it comes first.
    expect(fact("ในปี 2567 ค่าจ้างวันละ 370 บาท มีผลตั้งแต่ 1 ม.ค. 2568", "370 บาท").year).toBe(2024);
  });

  test("a day from or up to which a figure holds, after it in its clause, dates it: ตั้งแต่วันที่, จนถึงวันที่", () => {
    // A tax in two phases (biz35's form, our own words): each rate is of its phase's year.
    const tax = "แบ่งการจัดเก็บภาษีเป็น 2 ช่วง\nช่วงที่ 1 จัดเก็บในอัตราร้อยละ 0.05 ตั้งแต่วันที่กฎหมายมีผลใช้บังคับ จนถึงวันที่ 31 ธันวาคม 2566\nช่วงที่ 2 จัดเก็บในอัตราร้อยละ 0.1 ตั้งแต่วันที่ 1 มกราคม 2567 เป็นต้นไป";
    expect([fact(tax, "ร้อยละ 0.05").year, fact(tax, "ร้อยละ 0.1").year]).toEqual([2023, 2024]);
    // Before a year, ตั้งแต่ says since when: the figure is not of that year.
    expect(fact("ข่าวราคา\nราคาเพิ่มขึ้น 30% ตั้งแต่ปี 2560", "30%").year).toBeUndefined();
  });

  test("a period in the line introducing a list dates its items; a day there does not", () => {
    const text = "ในปี 2564 ไทยนำเข้าปุ๋ยเคมีจาก 45 ประเทศ โดย 5 ประเทศที่ไทยนำเข้ามากที่สุด ได้แก่\n1. จีน นำเข้า 1.25 ล้านตัน\n2. ซาอุดีอาระเบีย นำเข้า 7.5 แสนตัน";
    expect(fact(text, "7.5 แสนตัน").year).toBe(2021);
    const meeting = "ที่ประชุมเมื่อวันที่ 15 กรกฎาคม 2563 สรุปได้ดังนี้\n1. รับทราบ จำนวน 7 เรื่อง";
    expect(fact(meeting, "7 เรื่อง").year).toBeUndefined();
    // A line that is no item (a table's figure) is no list's: the period its article opens with dates it.
    expect(fact("ข่าวการเกษตร\nในปี 2564 ผลผลิต ได้แก่\n10.5 ล้านตัน", "10.5 ล้านตัน").year).toBe(2021);
  });

  test("a year in brackets right after a figure is its period, unless the bracket holds a figure of its own", () => {
    expect(fact("มีมูลค่า 1,000 ล้านบาท (ปี 2566) เพิ่มขึ้น", "1,000 ล้านบาท").year).toBe(2023);
    expect(fact("เมื่อเปรียบเทียบย้อนหลัง 3 ปี (ปี 2562 จำนวน 1,200 ราย ปี 2563 จำนวน 900 ราย)", "3 ปี").year).toBeUndefined();
  });

  test("a length that is a measurement (an average, a rate per day) is dated by its paragraph; a limit is not", () => {
    expect(fact("ในปี 2563 ผู้หญิงมีอายุเฉลี่ย 80.4 ปี ผู้ชายมีอายุเฉลี่ย 73.2 ปี", "73.2 ปี").year).toBe(2020);
    expect(fact("ปี 2562 คนไทยใช้อินเตอร์เน็ตเพิ่มขึ้นเฉลี่ย 10 ชั่วโมง 22 นาทีต่อวัน", "10 ชั่วโมง").year).toBe(2019);
    expect(fact("ในปี 2564 ผู้ที่มีระยะเวลาทำงานไม่เกิน 183 วันต่อปี", "183 วัน").year).toBeUndefined();
    expect(fact("ในปี 2562 ได้รับรางวัลระดับโล่ทอง 3 ปีต่อเนื่อง", "3 ปี").year).toBeUndefined();
  });

  test("the length of a dated period written right before it is the period's own, of its year", () => {
    // thaigov 2564-2566 (Songkran travel and toll reports), the same forms.
    expect(fact("ในช่วงเทศกาลสงกรานต์ 2566 ระหว่าง 11 - 17 เมษายน 2566 ที่ผ่านมา 6 วัน มีผู้ใช้บริการ", "6 วัน").year).toBe(2023);
    expect(fact("ระหว่างวันที่ 9 - 19 เมษายน 2564 รวมระยะเวลา 11 วัน พบว่า มีรถยนต์", "11 วัน").year).toBe(2021);
    expect(fact("สำหรับเทศกาลสงกรานต์ 2567 ประจำวันที่ 13 เมษายน 2567 (สะสม 3 วัน) พบว่า", "3 วัน").year).toBe(2024);
    // Not across two years, nor after a comparison's base (the months are the text's own year's).
    expect(fact("ตั้งแต่วันที่ 15 ธันวาคม 2563 - 7 กุมภาพันธ์ 2564 รวม 55 วัน", "55 วัน").year).toBeUndefined();
    expect(fact("ข่าว\nวันจันทร์ที่ 24 พฤษภาคม 2564\nเพิ่มขึ้นเมื่อเทียบกับ เม.ย. 63 4 เดือนแรกขยายตัวร้อยละ 2", "4 เดือน").year).not.toBe(2020);
  });

  test("a length takes a year written right after it, even one that starts what follows", () => {
    expect(fact("ขณะที่การจัดเก็บรายได้ 10 เดือน ปีงบประมาณ 2565 สูงกว่าประมาณการ", "10 เดือน").year).toBe(2022);
    expect(fact("ส่งออกข้าว 8 เดือน ปี 68 ปริมาณ 5.04 ล้านตัน", "8 เดือน").year).toBe(2025);
  });

  test("a day that dated its intro's own figure dates the items of the list it introduces; a meeting's day does not", () => {
    // A ridership report of thaigov's form (our own words).
    const rail = "ข่าวคมนาคม\nวันอาทิตย์ที่ 22 ตุลาคม 2566\nอธิบดีเปิดเผยว่า เมื่อวันเสาร์ที่ 21 ตุลาคม 2566 มีผู้ใช้บริการระบบรางรวมทั้งสิ้น 1,199,196 คน-เที่ยว ประกอบด้วย\n1. รถไฟระหว่างเมือง ให้บริการ 213 ขบวน มีผู้ใช้บริการรวม 75,524 คน-เที่ยว";
    expect([fact(rail, "213 ขบวน").year, fact(rail, "75,524 คน-เที่ยว").year]).toEqual([2023, 2023]);
    const meeting = "ข่าว\nวันพุธที่ 15 กรกฎาคม 2563\nสรุปผลการประชุมเมื่อวันที่ 15 กรกฎาคม 2563 ดังนี้\n1. อนุมัติโครงการก่อสร้างถนน 12 สาย";
    expect(fact(meeting, "12 สาย").year).toBeUndefined();
    // A period the intro names comes first: the budget's fiscal year, not the resolution's day.
    const budget = "ข่าว\nวันอังคารที่ 18 มิถุนายน 2567\nวงเงินงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 ตามที่คณะรัฐมนตรีได้มีมติเห็นชอบเมื่อวันที่ 9 เมษายน 2567 จำนวน 3,752,700 ล้านบาท ประกอบด้วย\n1) รายจ่ายประจำ จำนวน 2,704,574.8 ล้านบาท";
    expect(fact(budget, "2,704,574.8 ล้านบาท").year).toBe(2025);
  });

  test("an intro that carries on the line before (โดย …) reads that line's period of months, not a year named there", () => {
    const quarter = "ยอดโอนกรรมสิทธิ์ทั้งประเทศในไตรมาส 2 ปี 2568 มีจำนวน 77,343 หน่วย ลดลง 10.9% เมื่อเทียบกับช่วงเดียวกันกับปีก่อนหน้า\nโดย 10 จังหวัดแรกที่มีมูลค่าการโอนสูงสุด ได้แก่\n- กรุงเทพฯ 17,467 หน่วย ลดลง 17.1%";
    expect(fact(quarter, "17,467 หน่วย").year).toBe(2025);
    // Not a year it names in passing: in a text of 2563, the project's year of completion is no
    // period of the news's own, and leads nothing either.
    const deadline = "ข่าวคมนาคม\nวันพุธที่ 1 มกราคม 2563\nโครงการนี้แล้วเสร็จปี พ.ศ.2568\nโดยรูปแบบทางแยกโครงการมี 9 จุดตัด ดังนี้\n1) จุดตัดทางหลวง ออกแบบเป็นสะพานข้ามแยกขนาด 4 ช่องจราจร";
    expect(fact(deadline, "4 ช่องจราจร").year).toBeUndefined();
  });

  test("an era year after a preposition is a year mention; after จาก, a comparison's base", () => {
    const text = "สถานการณ์การท่องเที่ยวใน พ.ศ. 2562 พบว่า มีนักท่องเที่ยว 39.92 ล้านคน เพิ่มขึ้นร้อยละ 4.56 จาก พ.ศ. 2561 ที่มีจำนวน 38.18 ล้านคน โดยมีรายได้ 1.91 ล้านล้านบาท";
    expect(fact(text, "39.92 ล้านคน").year).toBe(2019);
    expect(fact(text, "38.18 ล้านคน").year).toBe(2018);
    expect(fact(text, "1.91 ล้านล้านบาท").year).toBe(2019);
    // A law's year names no period.
    expect(fact("ตามพระราชบัญญัติการประมง พ.ศ. 2558 มีเรือประมง 10,000 ลำ", "10,000 ลำ").year).toBeUndefined();
  });

  test("a date whose year is implied is no time reference", () => {
    expect(fact("ระหว่างวันที่ 1-6 สิงหาคม มีผู้เข้าชม 500 คน", "500 คน").year).toBeUndefined();
  });

  test("a title naming two years names no one period; แยกเป็น introduces a list of the total's parts", () => {
    const cassava = "ส่งออกมันสำปะหลังปี 67 ร่วง 24% เหลือ 9.2 ล้านตัน สมาคมฯ ชี้ปี 68 โต 5%\nผู้ส่งออกรายใหญ่ระบุว่า ราคามันเส้นอยู่ที่ 250 ดอลลาร์สหรัฐต่อตัน";
    expect(fact(cassava, "250 ดอลลาร์สหรัฐต่อตัน").year).toBeUndefined();
    const parts = "ข่าวเกษตร\nในปี 2567 ไทยส่งออกมันสำปะหลังรวม 9.21 ล้านตัน โดยแยกเป็น\n- มันเส้น 3.05 ล้านตัน ลดลง 41.2%\n- แป้งมันแปรรูป 1.26 ล้านตัน";
    expect([fact(parts, "3.05 ล้านตัน").year, fact(parts, "1.26 ล้านตัน").year]).toEqual([2024, 2024]);
  });

  test("a report's title period dates its figures below, a dateline does not", () => {
    expect(fact("ภาวะเศรษฐกิจไตรมาสที่ 3/2545\nการส่งออกขยายตัวร้อยละ 14.0", "ร้อยละ 14.0").year).toBe(2002);
    expect(fact("วันอังคารที่ 25 สิงหาคม 2563\nมีผู้ป่วย 5 ราย", "5 ราย").year).toBeUndefined();
    // A deadline in a headline is a goal's year, not the period the figures below report.
    expect(fact("สั่งการ กรอ. ดันทุกโรงงานพัฒนาสู่อุตสาหกรรมสีเขียว ตั้งเป้ากว่า 7 หมื่นโรง ภายในปี 2568\nทุกโรงงานอุตสาหกรรมในกำกับมีอยู่ประมาณ 71,130 โรง", "71,130 โรง").year).toBeUndefined();
    // A week after a fiscal year's label is the label's: the week of fiscal 2564 is 2021's.
    expect(fact("ผลการปราบปรามผู้กระทำผิดกฎหมายสรรพสามิตประจำปีงบประมาณ พ.ศ. 2564 ระหว่างวันที่ 4 - 10 ธันวาคม 2563\nไพ่ จำนวน 9,081 สำรับ", "9,081 สำรับ").year).toBe(2021);
    expect(fact("สถานการณ์การผลิตและการตลาดรายสัปดาห์ 19-25 ต.ค.58\nราคาเฉลี่ยกิโลกรัมละ 41.45 บาท", "41.45 บาท").year).toBe(2015);
    // A comparison's base in the title is not the period reported on.
    const index = "อก. เผยดัชนีอุตฯ เม.ย. 64 เพิ่มขึ้นร้อยละ 18.46 เมื่อเทียบกับ เม.ย. 63\nอุตสาหกรรมยานยนต์ขยายตัวร้อยละ 288.06";
    expect(fact(index, "ร้อยละ 288.06").year).toBe(2021);
  });

  test("a month a title names alone, before the news's month, is the month reported on: it dates the figures below", () => {
    // thaigov 2566 (September's exports, reported on 28 October); the lead opens with the news's day.
    const exports = "“คารม” เผยส่งออกเดือนกันยายน เพิ่มขึ้น 2.1% มูลค่า 25,476.3 ล้านเหรียญสหรัฐ\nวันเสาร์ที่ 28 ตุลาคม 2566\n“คารม” เผยส่งออกเดือนกันยายน เพิ่มขึ้น 2.1% มูลค่า 25,476.3 ล้านเหรียญสหรัฐ\nวันที่ 28 ตุลาคม 2566 นายคารม พลพรกลาง รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า รัฐบาลส่งเสริมการส่งออกเชิงรุก\nนายคารม กล่าวถึง การส่งออกที่เพิ่มขึ้น มาจากการเพิ่มขึ้นของสินค้าเกษตร 12% และสินค้าอุตสาหกรรมเกษตร เพิ่ม 5.4%";
    expect(factsOf(exports).filter((f) => f.line === 5).map((f) => f.year)).toEqual([2023, 2023]);
    // The headline and its repeat take no year from it, as from no period they name.
    expect(factsOf(exports).filter((f) => f.line <= 3 && f.kind !== "date").map((f) => f.year)).toEqual([undefined, undefined, undefined, undefined]);
    // The news's own month or one ahead is an event's or a plan's (thaigov 2566, a trade visit in mid-October).
    const visit = "เกษตรฯ ดันส่งออกสัตว์ปีกไทยผงาดตลาดจีนกลางเดือน ต.ค.นี้\nวันพุธที่ 11 ตุลาคม 2566\nวันที่ 11 ตุลาคม 2566 นายกฯ เปิดเผยว่า\nจะช่วยให้ส่งออกชิ้นส่วนเป็ดได้เพิ่มเติมอีก 18 รายการ";
    expect(fact(visit, "18 รายการ").year).toBeUndefined();
  });

  test("a goal's year in the title (ตั้งเป้าปี 67) is no period of the document's figures, nor one its article opens with", () => {
    // thaigov 65634 (the Thailand-Shenzhen mini-FTA, March 2566).
    const fta = "สร้างเงินให้ประเทศ! “จุรินทร์” ทำ “มินิ-เอฟทีเอ ไทย-เซินเจิ้น” ตั้งเป้าปี 67 โตเพิ่มอีก 5% สร้างมูลค่าการค้า 910,000 ล้านบาท\nวันพฤหัสบดีที่ 2 มีนาคม 2566\nสร้างเงินให้ประเทศ! “จุรินทร์” ทำ “มินิ-เอฟทีเอ ไทย-เซินเจิ้น” ตั้งเป้าปี 67 โตเพิ่มอีก 5%\nนายจุรินทร์ กล่าวว่า วันนี้มี FTA ทั้งหมด 14 ฉบับ กับ 18 ประเทศ";
    expect(fact(fta, "14 ฉบับ").year).toBeUndefined();
    // A report's period in its title still dates its figures.
    expect(fact("ภาวะเศรษฐกิจไตรมาสที่ 3/2545\nGDP ขยายตัวร้อยละ 4.4", "ร้อยละ 4.4").year).toBe(2002);
  });

  test("a period after the news's own year, in the title or opening the article, dates nothing below; a fiscal year may be one ahead", () => {
    // thaigov (September 2564): the title's half of 2565 is the recovery forecast, no period reported on.
    const housing = "ตลาดที่อยู่อาศัยภาคใต้ปรับสมดุลเริ่มสู่ช่วงฟื้นตัวครึ่งหลังปี 2565\nวันพฤหัสบดีที่ 23 กันยายน 2564\nผลสำรวจพบว่าจำนวนหน่วยลดลงร้อยละ -20.3";
    expect(fact(housing, "ร้อยละ -20.3").year).toBeUndefined();
    // Nor the period an article opens with (the dry season of 2564, in a text of November 2563).
    const drought = "ข่าวน้ำ\nวันเสาร์ที่ 28 พฤศจิกายน 2563\nนายกรัฐมนตรีสั่งการให้เตรียมรับภัยแล้ง ปี 2564\nโครงการที่เดินหน้าไปแล้ว 16 โครงการ";
    expect(fact(drought, "16 โครงการ").year).toBeUndefined();
    // A fiscal year's budget is news the summer before: ได้รับจัดสรรงบฯปี 2565 in August 2564 still dates,
    // and, the fiscal year not yet begun, it is money to be spent: a plan (as readers of unseen business
    // news keyed a budget approved in September for the October after).
    const budget = "รมว.วธ.เผยได้รับจัดสรรงบฯปี 2565 กว่า 7,100 ล้านบาท\nวันจันทร์ที่ 23 สิงหาคม 2564\nแบ่งเป็นงบลงทุน 2,111 ล้านบาท";
    expect(fact(budget, "2,111 ล้านบาท")).toMatchObject({ year: 2022, target: true });
    // The year of the text's own date still leads.
    expect(fact("ข่าว\nวันพุธที่ 5 มกราคม 2565\nในปี 2565 กรมมีแผนงาน\nโครงการที่ดำเนินการแล้ว 16 โครงการ", "16 โครงการ").year).toBe(2022);
  });

  test("a year a span starts at (ตั้งแต่ปี 2513) governs its clause with no one year; past it the reference before governs again", () => {
    // thaigov 2565 (farm women's groups): the groups registered since 1970, counted to now.
    const groups = "ข่าวเกษตร\nวันพุธที่ 17 สิงหาคม 2565\nผ่านแผนขับเคลื่อนกลุ่มแม่บ้านเกษตรกร นำร่องปี 2566 จำนวน 308 กลุ่ม สมาชิกกลุ่ม 6,160 ราย จากที่มีจดทะเบียนตั้งแต่ปี 2513 รวม 10,959 กลุ่ม มีเป้าหมายเพื่อสร้างความเข้มแข็ง";
    expect(fact(groups, "10,959 กลุ่ม").year).toBeUndefined();
    // thaigov 2567 (REIC): the year before it governs the sentence after its clause.
    const housing = "ข่าวอสังหาฯ\nวันศุกร์ที่ 16 กุมภาพันธ์ 2567\nในปี 2566 เศรษฐกิจไทยเผชิญความเสี่ยง ประกอบกับค่าครองชีพที่สูงขึ้นตั้งแต่ปี 2565 ปัจจัยลบเหล่านี้ส่งผลโดยตรงต่ออุปสงค์ โดยพบว่า จำนวนหน่วยโอนกรรมสิทธิ์ทั่วประเทศมีจำนวน 366,825 หน่วย";
    expect(fact(housing, "366,825 หน่วย").year).toBe(2023);
    // The text's own year still dates.
    expect(fact("ข่าว\nวันจันทร์ที่ 5 กุมภาพันธ์ 2567\nตั้งแต่ปี 2567 เป็นต้นไป จะจัดเก็บภาษี 7%", "7%").year).toBe(2024);
  });

  test("the day a term ends (ถึงวันที่ …, ahead of the text) dates none of its figures; a past one ends a span counted over", () => {
    // thaigov 2566 (a loan guarantee scheme approved for two years).
    const scheme = "ข่าวเศรษฐกิจ\nวันพฤหัสบดีที่ 4 พฤษภาคม 2566\nคณะรัฐมนตรีได้มีมติอนุมัติโครงการค้ำประกันสินเชื่อ ระยะที่ 10 เป็นระยะเวลา 2 ปี ถึงวันที่ 27 กุมภาพันธ์ 2568 วงเงิน 50,000 ล้านบาท";
    expect(fact(scheme, "50,000 ล้านบาท").year).toBeUndefined();
    // thaigov 2564: a reporting span's end still dates what was counted over it.
    const counted = "ข่าว\nวันศุกร์ที่ 9 เมษายน 2564\nตั้งแต่วันที่ 1 มกราคม ถึงวันที่ 31 มีนาคม 2564 ได้รับแจ้งข้อมูล จำนวน 44 เรื่อง";
    expect(fact(counted, "44 เรื่อง").year).toBe(2021);
    // A month ahead the term runs to, as a day (biz38's form, our own words).
    const extended = "ข่าวธนาคาร\nวันพุธที่ 5 ตุลาคม 2565\nปัจจุบันลูกค้าขอขยายระยะเวลาความช่วยเหลือไปถึงเดือนมิถุนายน 2566 จำนวน 22,967 ราย";
    expect(fact(extended, "22,967 ราย").year).toBeUndefined();
    // A month named for itself still dates its figures.
    expect(fact(extended.replace("ไปถึงเดือนมิถุนายน 2566", "ในเดือนมิถุนายน 2566"), "22,967 ราย").year).toBe(2023);
    // A deadline ahead (ภายใน, thaigov January 2564): the offer's figures are of no year it names.
    const deadline = "ข่าว\nวันจันทร์ที่ 25 มกราคม 2564\nพร้อมลดค่าธรรมเนียมวิเคราะห์โครงการลง 0.5% หากยื่นคำขอกู้ภายใน 28 ก.พ. นี้  คาดพาผู้ประกอบการเข้าถึงแหล่งทุน 5,760 ราย รักษาการจ้างงานได้ไม่น้อยกว่า 28,800 ราย";
    expect(fact(deadline, "5,760 ราย").year).toBeUndefined();
    // Before a month, ภายใน says when a plan is done (thaigov, May 2567, a headline): the month still dates what it brings.
    const done = "นายกฯ ติดตามงานประตูระบายน้ำ โครงการปรับปรุงฝายคลองระบายจรเข้สามพัน คาดแล้วเสร็จสมบูรณ์ภายใน มิ.ย. 67 ส่งผลพื้นที่การเกษตรได้รับประโยชน์ 8,500 ไร่\nวันศุกร์ที่ 10 พฤษภาคม 2567\nพิมพ์";
    expect(fact(done, "8,500 ไร่").year).toBe(2024);
  });

  test("a period a year long or longer across two years names none; a shorter one its last year, the window's end", () => {
    // thaigov (2565): doses given over fourteen months are of both years.
    expect(fact("ตั้งแต่ 28 ก.พ. 64 - 24 เม.ย. 65 รวมฉีดวัคซีนแล้ว 132,633,387 โดส", "132,633,387 โดส").year).toBeUndefined();
    expect(fact("ตั้งแต่เดือนตุลาคม 2563 – ตุลาคม 2564 มีคนหางานร้องทุกข์ทั้งสิ้น 129 ราย", "129 ราย").year).toBeUndefined();
    // thaigov (February 2564): counts accumulated up to a day of the new year are of that year, as
    // readers of five unseen sets dated them (40 figures, none against).
    const wave = "ทำให้การติดเชื้อระลอกใหม่ตั้งแต่วันที่ 15 ธันวาคม 2563 - 22 กุมภาพันธ์ 2564 มีผู้ติดเชื้อสะสม 21,267 ราย";
    expect(fact(wave, "21,267 ราย").year).toBe(2021);
    const fund = "นายจุติ กล่าวว่า ตั้งแต่วันที่ 1 ตุลาคม 2564 – 31 มกราคม 2565 กองทุนผู้สูงอายุได้ช่วยเหลือผู้สูงอายุ จำนวน 1,933 คน";
    expect(fact(fund, "1,933 คน").year).toBe(2022);
    expect(fact("ตั้งแต่เดือนตุลาคม 2563 – มกราคม 2564 มีคนหางานร้องทุกข์ทั้งสิ้น 129 ราย", "129 ราย").year).toBe(2021);
    // Still running after the text's month, a scheme's term (thaigov July 2564, social security contributions cut):
    // of both years, no one year; so no plan either.
    const term = "ข่าว\nวันอังคารที่ 20 กรกฎาคม 2564\nลดเงินสมทบ เป็นระยะเวลา 6 เดือนตั้งวันที่ 1 ส.ค. 64 -31 ม.ค. 65 ให้แก่ผู้ประกันตน ทางเลือกที่ 1 เดิมจ่าย 70 บาท";
    expect([fact(term, "70 บาท").year, fact(term, "70 บาท").target]).toEqual([undefined, false]);
    // Within one year, its year.
    expect(fact("ตั้งแต่วันที่ 1 มกราคม - 20 ตุลาคม 2567 มีนักท่องเที่ยว 28,215,032 คน", "28,215,032 คน").year).toBe(2024);
    // Spelling out the fiscal year before it, or after a fiscal year's word, the fiscal year's.
    expect(fact("สถิติการจับกุมในปีงบประมาณ พ.ศ. 2563 ตั้งแต่เดือนตุลาคม 2562 – กันยายน 2563 มีจำนวนคดี ทั้งสิ้น 627 คดี", "627 คดี").year).toBe(2020);
    expect(fact("ผลการใช้จ่ายงบประมาณ ณ ไตรมาสที่3 ของปีงบประมาณ (1 ต.ค.2564- 30 มิ.ย. 2565) มีการเบิกจ่ายแล้ว 2.269 ล้านล้านบาท", "2.269 ล้านล้านบาท").year).toBe(2022);
  });

  test("a title's figure takes no year from its restatement below: a headline that names no period dates nothing", () => {
    // thaigov 62970: the title rounds 112,466 ล้านบาท to 1.12 แสนล้านบาท; the body names the 11 months of
    // 2565. Readers of unseen releases gave the title's figures no year, five in five.
    const release = "ตัวเลขต่างชาติลงทุนในไทย 11 เดือน มูลค่ารวมกว่า 1.12 แสนล้านบาท เพิ่มขึ้นถึง 74%\nวันพฤหัสบดีที่ 22 ธันวาคม 2565\nตัวเลขต่างชาติลงทุนในไทย 11 เดือน มูลค่ารวมกว่า 1.12 แสนล้านบาท เพิ่มขึ้นถึง 74%\nตัวเลขการลงทุนของชาวต่างชาติ ตลอด 11 เดือนของปี 2565 (มกราคม - พฤศจิกายน) มูลค่ารวมกว่า 112,466 ล้านบาท เพิ่มขึ้นร้อยละ 74";
    const title = factsOf(release).filter((f) => f.line === 1);
    expect(title.map((f) => [f.text, f.year])).toEqual([["11 เดือน", undefined], ["1.12 แสนล้านบาท", undefined], ["74%", undefined]]);
    expect(factsOf(release).filter((f) => f.line === 4 && f.kind !== "date").map((f) => f.year)).toEqual([2022, 2022, 2022]);
  });

  test("in a text of many articles, each dateline dates what follows it", () => {
    const two = "ข่าวแรก\nวันอังคารที่ 25 สิงหาคม 2563\nมีผู้เข้าร่วม 20 คน\nข่าวที่สอง\nวันพุธที่ 5 มกราคม 2565\nในปีนี้ได้มีการถ่ายโอนภารกิจไปแล้ว 2,200 โรงงาน\nงบประมาณปี 2566 จำนวน 500 ล้านบาท";
    expect(fact(two, "2,200 โรงงาน").year).toBe(2022);
    expect(fact(two, "500 ล้านบาท").target).toBe(true);
    const late = "ข่าวแรก\nวันอังคารที่ 25 สิงหาคม 2563\nงบประมาณปี 2564 จำนวน 500 ล้านบาท\nข่าวที่สอง\nวันพุธที่ 5 มกราคม 2565\nงบประมาณปี 2564 จำนวน 300 ล้านบาท";
    expect(fact(late, "500 ล้านบาท").target).toBe(true);
    expect(fact(late, "300 ล้านบาท").target).toBe(false);
  });

  test("a length takes the year of the range of dates it spans, written right after it; an age does not", () => {
    // thaigov 2565 (a job-training scheme; a fair), our own words for the vaccination.
    expect(fact("ระยะเวลาดำเนินการ 3 เดือน ตั้งแต่เดือนกรกฎาคม-กันยายน 2565", "3 เดือน").year).toBe(2022);
    expect(fact("ตลอดระยะเวลา 32 วัน ตั้งแต่วันที่ 30 เม.ย. - 31 พ.ค. 2568", "32 วัน").year).toBe(2025);
    expect(fact("ฉีดวัคซีนแก่กลุ่มเด็กอายุ 5-11 ปี ตั้งแต่วันที่ 31 มกราคม - 28 กุมภาพันธ์ 2565", "5-11 ปี").year).toBeUndefined();
    // A range across two years names no one year.
    expect(fact("ระยะเวลา 29 เดือน (ต.ค. 61 – ก.พ. 64)", "29 เดือน").year).toBeUndefined();
  });

  test("a plan or a forecast said on the news's day takes no year from the day; what happened that day does", () => {
    // thaigov's form (a ministry's day of news), our own words.
    const text = "ข่าวสาธารณสุข\nวันพุธที่ 8 มิถุนายน 2565\nวันนี้ (8 มิ.ย. 65) กระทรวงสาธารณสุข เปิดเผยว่า มีผู้ฉีดวัคซีนแล้ว 500 ราย โดยข้อมูลระบุว่า เมื่อฉีดวัคซีนครบ 3 เข็ม โอกาสการเสียชีวิตจะลดลง 97% และปี 2566 คาดว่าจะฉีดได้ 10 ล้านโดส";
    expect([fact(text, "500 ราย").year, fact(text, "97%").year, fact(text, "10 ล้านโดส").year]).toEqual([2022, undefined, 2023]);
    // A cabinet's day before the news: what it expects is of no year the text gives (thaigov 38559's form).
    const loan = "ข่าวเศรษฐกิจ\nวันอาทิตย์ที่ 28 กุมภาพันธ์ 2564\nกระทรวงอุตสาหกรรม เสนอที่ประชุมคณะรัฐมนตรี เมื่อวันที่ 19 มกราคม 2564 ให้เห็นชอบขยายเวลาโครงการ โดยคาดว่าสินเชื่อดังกล่าวจะช่วยผู้ประกอบการได้ประมาณ 5,760 ราย";
    expect([fact(loan, "5,760 ราย").target, fact(loan, "5,760 ราย").year]).toEqual([true, undefined]);
    // A day ahead of the news is the plan's own: it dates it.
    const fair = "ข่าวการค้า\nวันจันทร์ที่ 2 มกราคม 2566\nในวันที่ 15 มีนาคม 2566 กระทรวงพาณิชย์จะจัดงานแสดงสินค้า คาดว่าจะมีผู้ร่วมงาน 5,000 คน";
    expect(fact(fair, "5,000 คน").year).toBe(2023);
  });

  test("a headline right before its article's dateline is of that article's date, not the one before", () => {
    const two = "ข่าวแรก\nวันอังคารที่ 20 กรกฎาคม 2564\nมีผู้เข้าร่วม 20 คน\nดัชนีรวมตลาดอสังหาริมทรัพย์ไตรมาส 1 ปี 2565 เพิ่มขึ้น 10.4%\nวันพุธที่ 27 เมษายน 2565\nรายละเอียด";
    expect(fact(two, "10.4%")).toMatchObject({ year: 2022, target: false });
  });

  test("a date alone on a line, older than the dateline before it, is a table's cell, not a new article's day", () => {
    const table = "สรุปข่าวการประชุมคณะรัฐมนตรี\nวันอังคารที่ 20 ธันวาคม 2565\nมติคณะรัฐมนตรี\n3 พฤศจิกายน 2552\nปรับปรุงหน่วยงาน\nงบประมาณปี 2565 จำนวน 500 ล้านบาท";
    // Dated December 2565, fiscal 2565 is no plan (dated November 2552, it was one).
    expect(fact(table, "500 ล้านบาท").target).toBe(false);
    // With its weekday, or newer, it is a dateline still (each dateline dates what follows it, above).
    const later = "ข่าวแรก\nวันอังคารที่ 20 ธันวาคม 2565\nมีผู้เข้าร่วม 20 คน\nข่าวที่สอง\n5 มกราคม 2566\nในปีนี้มีผู้เข้าร่วม 30 คน";
    expect(fact(later, "30 คน").year).toBe(2023);
  });

  test("deictic words take the document's date", () => {
    expect(fact("วันที่ 5 มีนาคม 2564\nในปีนี้ได้มีการถ่ายโอนภารกิจไปแล้ว 2,200 โรงงาน", "2,200 โรงงาน").year).toBe(2021);
    expect(fact("วันที่ 5 มีนาคม 2564\nภายใน 2 ปีนี้ จะดำเนินการ", "2 ปี").kind).toBe("duration");
  });
});

describe("scopes", () => {
  const wrapped = [
    "เศรษฐกิจไทยในไตรมาสที่ 3/45 ขยายตัวร้อยละ 5.8 โดยมีปัจจัยหลักมาจากอุปสงค์ในประเทศและ",
    "ต่างประเทศ โดยเฉพาะการใช้จ่ายของครัวเรือนที่ขยายตัวร้อยละ 5.0 การลงทุนขยายตัวร้อยละ 6.9 ",
    "การส่งออกสินค้าและบริการขยายตัวร้อยละ 14.0 และการนำเข้าสินค้าและบริการขยายตัวร้อยละ 16.6",
    "ส่วนรายจ่ายประจำของรัฐบาลลดลงร้อยละ 3.1 จากการลดลงของค่าซื้อสินค้าและบริการ ด้านการผลิต",
    "ภาคเกษตรเพิ่มขึ้นร้อยละ 1.1 ภาคนอกการเกษตรเพิ่มขึ้นร้อยละ 6.2 โดยสาขาอุตสาหกรรมเพิ่มขึ้น",
    "ร้อยละ 8.4 ตามการผลิตเพื่อส่งออกที่ขยายตัวดี",
  ].join("\n");

  test("hard-wrapped text reads a paragraph across its lines", () => {
    expect(new Scopes(wrapped).wrapped).toBe(true);
    expect(fact(wrapped, "ร้อยละ 14.0").year).toBe(2002);
  });

  test("a line per paragraph: a year does not cross a line", () => {
    // A title and a dateline years later: the article's lead (article-lead.ts) dates nothing here.
    const text = `ข่าว\nวันจันทร์ที่ 1 มกราคม 2570\n${"ข้อความยาว ".repeat(30)}ในปี 2563 มีผู้ป่วย 5 ราย\n${"ข้อความยาว ".repeat(30)}มีผู้ป่วย 7 ราย`;
    expect(new Scopes(text).wrapped).toBe(false);
    expect(fact(text, "5 ราย").year).toBe(2020);
    expect(fact(text, "7 ราย").year).toBeUndefined();
  });

  test("a blank line ends a wrapped paragraph", () => {
    const scopes = new Scopes("aaaa\naaaa\naaaa\n\nbbbb\ncccc\ndddd");
    expect(scopes.wrapped).toBe(true);
    expect(scopes.paragraphStart(23, 500)).toBe(16);
  });

  test("a brief of a few short paragraphs of like length is no wrapped text: a column shows over six lines or more", () => {
    // Business paragraphs of our own, one per line: the line end is no wrap, and words are not joined across it.
    const brief = "ปี 2566 ไทยนำเข้าน้ำมันดิบ 1.02 ล้านบาร์เรลต่อวัน มูลค่ารวม 1.1 ล้านล้านบาท\n"
      + "ในช่วงเดียวกัน การส่งออกน้ำมันสำเร็จรูปอยู่ที่ 158,000 บาร์เรลต่อวัน\n"
      + "การใช้ก๊าซธรรมชาติเฉลี่ยอยู่ที่ 4,300 ล้านลูกบาศก์ฟุตต่อวัน ลดลง 2%";
    expect(new Scopes(brief).wrapped).toBe(false);
    expect(fact(brief, "4,300 ล้านลูกบาศก์ฟุต").subject).toBe("การใช้ก๊าซธรรมชาติ");
  });

  test("the headings above a line: numbered short lines, a list's earlier sections passed over", () => {
    const text = ["17. เรื่อง รายงานการส่งออก", "1. สรุปสถานการณ์", "ข้อความยาวของหัวข้อแรก", "2. ตลาดส่งออก", "- รายการ", "2.1 ตลาดหลัก", "ขยายตัวร้อยละ 8.3"].join("\n");
    const scopes = new Scopes(text);
    const headings = scopes.headingsAbove(text.indexOf("ขยายตัว"), 12_000).map(([from, to]) => text.slice(from, to));
    expect(headings).toEqual(["2.1 ตลาดหลัก", "2. ตลาดส่งออก", "17. เรื่อง รายงานการส่งออก"]);
    // On a top-level item's own line: none.
    expect(scopes.headingsAbove(text.indexOf("ตลาดส่งออก"), 12_000)).toEqual([]);
  });
});

describe("qualifier", () => {
  test("a qualifier after a figure glued to a number after it is that number's, not the figure's", () => {
    // thaigov 2568 (a durian shipment's headline).
    expect(fact("ทุบสถิติขายทุเรียนไทยไปจีนล็อตสอง 45 นาทีเต็มลำ 25 ตันกว่าหมื่นลูก", "25 ตัน").qualifier).toBe("exact");
    expect(fact("มีพื้นที่ 1,451 ไร่เศษ", "1,451 ไร่").qualifier).toBe("more_than");
    expect(fact("ยอดขาย 20 ล้านบาทกว่า ในเดือนนี้", "20 ล้านบาท").qualifier).toBe("more_than");
  });

  test("a comparison with another period is exact, not a bound", () => {
    expect(fact("เพิ่มขึ้นจากร้อยละ 52.9 ในไตรมาสก่อนหน้า แต่ต่ำกว่าร้อยละ 64.8 ในไตรมาสเดียวกันของปีก่อน", "ร้อยละ 64.8").qualifier).toBe("exact");
    expect(fact("มีผู้ป่วยต่ำกว่าร้อยละ 5 ของประชากร", "ร้อยละ 5").qualifier).toBe("less_than");
  });

  test("a superlative before a count of ranks picks the top ones: exact", () => {
    expect(fact("โดยจังหวัดที่มีผู้ลงทะเบียนสูงสุด 5 ลำดับแรก ได้แก่ นครราชสีมา", "5 ลำดับ").qualifier).toBe("exact");
    expect(fact("ให้วงเงินสินเชื่อสูงสุด 5 ล้านบาท", "5 ล้านบาท").qualifier).toBe("at_most");
  });

  test("ไม่สูงกว่า (not higher than) is a cap, ไม่ครบ (not yet full) short of it, and ไม่ is no subject", () => {
    // From the corpus: a fuel standard's blending shares.
    const diesel = "ดีเซลธรรมดา สัดส่วนการผสมไม่ต่ำกว่าร้อยละ 5 แต่ไม่สูงกว่าร้อยละ 10 โดยปริมาตร";
    const cap = fact(diesel, "ร้อยละ 10");
    expect([cap.qualifier, cap.subject]).toEqual(["at_most", "สัดส่วนการผสม"]);
    // Not yet full is short of it (a severance rule's bands, from the corpus).
    const band = fact("ลูกจ้างที่ทำงานติดต่อกันครบ 120 วัน แต่ไม่ครบ 3 ปี", "3 ปี");
    expect([band.qualifier, band.subject]).toEqual(["less_than", "ลูกจ้างที่ทำงาน"]);
  });

  // A bound before a rate's unit bounds the figure; ขั้นต่ำ is a minimum, but not in ค่าจ้างขั้นต่ำ, the wage's level
  // (thaigov 2564–2568: informal-debt reports, rice payments, savings products).
  test.each([
    ["ให้นายอำเภอจัดกิจกรรมภายในเขตพื้นที่รับผิดชอบอย่างน้อยเดือนละ 4 ครั้ง", "4 ครั้ง", "at_least"],
    ["ในอัตราไร่ละ 1,000 บาท ไม่เกินครัวเรือนละ 10 ไร่ เป็นวันแรก", "10 ไร่", "at_most"],
    ["แต่ละคนจะมีรายได้ไม่ต่ำกว่าเดือนละ 53,000 บาท ทำงานเป็นระยะเวลา", "53,000 บาท", "at_least"],
    ["ราคาผักบุ้ง กก.ละ 80 บาท", "80 บาท", "exact"],
    ["ระยะเวลาฝาก 5 เดือน ฝากขั้นต่ำครั้งละ 10,000 บาท", "10,000 บาท", "at_least"],
    ["หากลงทุนเพียง 100,000 บาท จะได้รับผลตอบแทนขั้นต่ำ 1.72% ต่อปี", "1.72%", "at_least"],
    ["ครม. เห็นชอบปรับค่าจ้างขั้นต่ำวันละ 400 บาท ทั่วประเทศ", "400 บาท", "exact"],
    // The repetition mark written apart, as Thai spacing has it (thaigov 2567, rubber tapped a day).
    ["พี่น้องชาวสวนยางสามารถกรีดยางได้วันละราว ๆ 14 ล้านกิโลกรัม", "14 ล้านกิโลกรัม", "approx"],
    // Within the time, the term (thaigov: a welfare card's rights, a loan's repayment).
    ["ผู้ไม่เริ่มใช้สิทธิภายในกำหนด 14 วัน", "14 วัน", "at_most"],
    ["ชำระคืนเงินกู้ให้แล้วเสร็จภายในระยะเวลา 7 ปี", "7 ปี", "at_most"],
    // Not a record's span (สูงสุด|รอบ: how long since it was as high).
    ["ราคาน้ำมันเพิ่มขึ้นทะลุเพดานสูงสุดรอบ 18 ปี ซึ่งเกิดจาก", "18 ปี", "exact"],
    // Full years and up: an age's ขึ้นไป after บริบูรณ์ (thaigov: who may register).
    ["ต้องเป็นประชาชนสัญชาติไทยอายุ 18 ปีบริบูรณ์ขึ้นไปในวันลงทะเบียน", "18 ปี", "at_least"],
    ["ส่งผลให้การส่งออกเดือน เม.ย. มีมูลค่าเหนือระดับ 2 หมื่นล้านดอลลาร์สหรัฐ", "2 หมื่นล้านดอลลาร์สหรัฐ", "more_than"],
  ])("%s → %s: %s", (text, written, qualifier) => {
    expect(fact(text, written).qualifier).toBe(qualifier);
  });

  test("the minimum wage stays one noun in its subject", () => {
    expect(fact("ครม. เห็นชอบปรับค่าจ้างขั้นต่ำวันละ 400 บาท ทั่วประเทศ", "400 บาท").subject).toContain("ค่าจ้างขั้นต่ำ");
  });

  test("เฉียด (nearly) is approx, and no subject's word", () => {
    const supply = fact("อุปทานที่อยู่อาศัยเปิดขายใหม่ รวมกว่า 2.9 หมื่นหน่วย มูลค่าเฉียด 1.07 แสนล้านบาท", "1.07 แสนล้านบาท");
    expect([supply.qualifier, supply.subject]).toEqual(["approx", "มูลค่าอุปทานที่อยู่อาศัยเปิดขายใหม่"]);
  });

  test("อีกราว (another some, which the segmenter cuts อี|กราว) is approx, and no subject's word", () => {
    const doses = fact("สั่งซื้อวัคซีนซิโนแวคมีแผนนำเข้าเดือนกรกฎาคม-สิงหาคม อีกราว 19 ล้านโดส ถือว่านำเข้าได้แล้ว", "19 ล้านโดส");
    expect(doses.qualifier).toBe("approx");
    expect(doses.subject).not.toContain("กราว");
  });

  test("ทะลุ is more than", () => {
    expect(fact("ยอดการค้ำประกันสินเชื่อสะสม ทะลุ 1 ล้านล้านบาท", "1 ล้านล้านบาท").qualifier).toBe("more_than");
  });
});

describe("target", () => {
  test("เล็งเป้า (aims at) is a goal's cue for a count too, as ตั้งเป้า is", () => {
    // thaigov 2568 (land titles to issue this year).
    const titles = "มหาดไทย เดินหน้าสำรวจที่ดินลดเหลื่อมล้ำ เล็งเป้าปีนี้ออกโฉนด 86,000 แปลง ใน 69 จังหวัด";
    expect([fact(titles, "86,000 แปลง").target, fact(titles, "69 จังหวัด").target]).toEqual([true, true]);
  });

  test("เตรียม (prepares) is a plan's cue only before a verb of acting: before a noun it reports what is ready", () => {
    // thaigov 2564-2566 (relief bags, trains, buses, a venue's readiness).
    expect(fact("รัฐบาลเตรียมมอบถุงยังชีพผู้ป่วยโควิดกลุ่มเปราะบาง 8,747 ชุด", "8,747 ชุด").target).toBe(true);
    expect(fact("กระทรวงคมนาคมเตรียมจัดหารถไฟ EV กว่า 50 คัน", "50 คัน").target).toBe(true);
    expect(fact("ขสมก. เตรียมรถโดยสาร จำนวน 2,804 คัน", "2,804 คัน").target).toBe(false);
    expect(fact("เตรียมความพร้อมสถานที่กว่า 1,400 จุด", "1,400 จุด").target).toBe(false);
  });

  test("มีแผนการ (has a plan of), which the segmenter cuts มี|แผนการ, is a plan's cue as มีแผน is", () => {
    // thaigov 2566 (a province's dry-season plan), 2564 (a vaccine plan).
    const dry = "ลุ่มน้ำในพื้นที่จังหวัดเชียงใหม่ มีพื้นที่ชลประทาน 406,950 ไร่ มีแผนการเพาะปลูกฤดูแล้ง ปี 2566/67 จำนวน 224,018 ไร่";
    expect([fact(dry, "406,950 ไร่").target, fact(dry, "224,018 ไร่").target]).toEqual([false, true]);
    expect(fact("กระทรวงสาธารณสุขมีแผนการฉีดวัคซีน AstraZeneca จำนวน 36,000,000 โดส", "36,000,000 โดส").target).toBe(true);
  });

  test("a goal word inside a set's name (อุตสาหกรรมเป้าหมาย) is no cue, and the name stays whole", () => {
    // BOI's release (the corpus's form, our own words).
    const boi = "โครงการที่ได้รับการส่งเสริมการลงทุนใน 12 อุตสาหกรรมเป้าหมาย มีเงินลงทุน 468,668 ล้านบาท";
    expect(fact(boi, "468,668 ล้านบาท")).toMatchObject({ target: false, subject: "อุตสาหกรรมเป้าหมาย เงินลงทุน" });
    expect(fact(boi, "12 อุตสาหกรรม").target).toBe(false);
    // A goal of its own stays one.
    expect(fact("ตั้งเป้าหมายเงินลงทุน 500,000 ล้านบาท", "500,000 ล้านบาท").target).toBe(true);
  });

  test("approvals and budget frames are what was decided, no plan, by default", () => {
    // Readers of seven unseen sets keyed them so, six of them (thaigov cabinet releases' forms).
    expect(fact("ครม.อนุมัติงบกลาง 5,615 ล้านบาท ดำเนินโครงการเพิ่มประสิทธิภาพการบริหารจัดการทรัพยากรน้ำ", "5,615 ล้านบาท").target).toBe(false);
    expect(fact("โครงการพัฒนาอาชีพเสริม ภายในกรอบวงเงิน 1,249 ล้านบาท เพื่อช่วยเหลือผู้ว่างงาน", "1,249 ล้านบาท").target).toBe(false);
    // The recipe turns them on, and changes nothing else of the text's reading.
    expect(planFact("ครม.อนุมัติงบกลาง 5,615 ล้านบาท ดำเนินโครงการเพิ่มประสิทธิภาพการบริหารจัดการทรัพยากรน้ำ", "5,615 ล้านบาท").target).toBe(true);
    const text = "ครม.อนุมัติงบกลาง 5,615 ล้านบาท ดำเนินโครงการ ภายในกรอบวงเงิน 1,249 ล้านบาท";
    const strip = ({ target: _t, ...rest }: ReturnType<typeof fact>) => rest;
    expect(factsOf(text).map(strip)).toEqual(extractFacts(text, rulesWith("docs/recipes/approvals-as-plans.yaml"), segmenter).facts.map(strip));
  });

  test("with the approvals recipe, a body's approval of the day makes a plan of what it approves", () => {
    // Cabinet releases (the corpus's forms, our own words).
    expect(planFact("ครม.อนุมัติงบกลาง 5,615 ล้านบาท ดำเนินโครงการเพิ่มประสิทธิภาพการบริหารจัดการทรัพยากรน้ำ", "5,615 ล้านบาท").target).toBe(true);
    expect(planFact("ที่ประชุมคณะรัฐมนตรีมีมติเห็นชอบกรอบวงเงินประจำปีงบประมาณ 2566 รวมทั้งสิ้น 143,734 ล้านบาท", "143,734 ล้านบาท").target).toBe(true);
    // An item of a resolution, a parenthesis stepped over, and an approval's long clause.
    expect(planFact("2. อนุมัติมาตรการรักษาเสถียรภาพราคามันสำปะหลัง จำนวน 2 โครงการ วงเงินรวมทั้งสิ้น 310,000,000 บาท", "310,000,000 บาท").target).toBe(true);
    const bridge = "คณะรัฐมนตรี (ครม.) อนุมัติดำเนินงานก่อสร้างโครงการสะพาน อำเภอกระแสสินธุ์ จังหวัดสงขลา – อำเภอเขาชัยสน จังหวัดพัทลุง ของกรมทางหลวงชนบท ระยะเวลาก่อสร้าง 3 ปี";
    expect(planFact(bridge, "3 ปี").target).toBe(true);
    expect(planFact("ครม. วันนี้ (28 กุมภาพันธ์ 2566) อนุมัติให้จ่ายเงินช่วยเหลือ จำนวน 237,048 ครัวเรือน", "237,048 ครัวเรือน").target).toBe(true);
    // Headlines' words for it: a green light, a gavel's knock.
    expect(planFact("ครม. ไฟเขียว 6,000 ล้านบาท เงินกู้ดอกเบี้ยต่ำเพิ่มประสิทธิภาพการผลิตอ้อย", "6,000 ล้านบาท").target).toBe(true);
    expect(planFact("ครม.เคาะ! กรอบวงเงินงบประมาณปี 66 ขับเคลื่อนงานด้านอุดมศึกษา 1.43 แสนล้าน", "1.43 แสนล้าน").target).toBe(true);
    // The Board of Investment is such a body (thaigov 2567-2568 headlines).
    expect(planFact("บีโอไอไฟเขียว Equinix ลงทุน 1.6 หมื่นล้านบาท ย้ำไทยหมุดหมายสำคัญ", "1.6 หมื่นล้านบาท").target).toBe(true);
    expect(planFact("บอร์ดบีโอไอ เห็นชอบอนุมัติ 6 โครงการใหญ่ รวมมูลค่าเงินลงทุนกว่า 3.5 หมื่นล้านบาท", "6 โครงการ").target).toBe(true);
  });

  test("a budget frame makes a plan of the amount right after it only; a list after a figure that is no target is not a plan's", () => {
    // thaigov (2567): a scheme under a resolution referred to, with no approval of the day.
    const rice = "ธ.ก.ส. พร้อมขับเคลื่อนนโยบายรัฐบาลผ่านมาตรการรักษาเสถียรภาพข้าว ตามมติ ครม. กรอบวงเงินรวม 50,000 ล้านบาท ได้แก่ สินเชื่อชะลอการขายข้าวเปลือกนาปี";
    expect(planFact(rice, "50,000 ล้านบาท").target).toBe(true);
    expect(planFact("โครงการพัฒนาอาชีพเสริม ภายในกรอบวงเงิน 1,249 ล้านบาท เพื่อช่วยเหลือผู้ว่างงาน 5,000 คน", "5,000 คน").target).toBe(false);
    // Booked to the full, and the frame a rise starts from: what was.
    expect(planFact("มีลูกค้าประชาชนให้ความสนใจจองสิทธิ์สินเชื่อเต็มกรอบวงเงิน 650 ล้านบาท", "650 ล้านบาท").target).toBe(false);
    expect(planFact("ครม. ขยายกรอบวงเงินจาก 17,050.4 ล้านบาท", "17,050.4 ล้านบาท").target).toBe(false);
    // The spending's parts, after a total that is no plan.
    const trip = "ตามที่คณะรัฐมนตรีมีมติเมื่อ 24 มกราคม 2565 อนุมัติโครงการเราเที่ยวด้วยกัน กรอบวงเงิน 9,000 ล้านบาท มียอดการใช้จ่ายผ่านโครงการรวม 9,346.60 ล้านบาท  โดยเป็นส่วนที่รัฐสนับสนุนประมาณ 3,496.03 ล้านบาท";
    expect([planFact(trip, "9,000 ล้านบาท").target, planFact(trip, "3,496.03 ล้านบาท").target]).toEqual([true, false]);
  });

  test("an approval governs its resolution's paragraph past target_window, not a resolution of long ago", () => {
    // A cabinet release (the corpus's form, our own words): the scheme's terms run long after the approval.
    const filler = " ให้เกษตรกรมีเงินทุนหมุนเวียนไว้ใช้จ่ายในครัวเรือนและชะลอการขายข้าวเปลือกในช่วงที่ผลผลิตออกสู่ตลาดมาก".repeat(2);
    const loan = `ข่าว\nวันอังคารที่ 6 ตุลาคม 2563\nรัฐบาลอนุมัติโครงการสินเชื่อชะลอการขายข้าวเปลือกนาปี${filler} แก่เกษตรกรรายละไม่เกิน 300,000 บาท`;
    expect(loan.indexOf("300,000") - loan.indexOf("อนุมัติ")).toBeGreaterThan(200);
    expect(planFact(loan, "300,000 บาท").target).toBe(true);
    // A resolution of long ago, told again, plans nothing.
    const old = "ข่าว\nวันอังคารที่ 10 สิงหาคม 2564\n1. คณะรัฐมนตรีมีมติ (8 เมษายน 2532) อนุมัติในหลักการให้ดำเนินการก่อสร้างเขื่อน วงเงิน 500 ล้านบาท";
    expect(planFact(old, "500 ล้านบาท").target).toBe(false);
  });

  test("an item of an approved line details what is approved: a plan too", () => {
    // A cabinet resolution's items (the corpus's forms, our own words).
    const items = "2. อนุมัติมาตรการรักษาเสถียรภาพราคามันสำปะหลัง จำนวน 2 โครงการ วงเงินรวมทั้งสิ้น 310,000,000 บาท ดังนี้\n2.1 โครงการชดเชยดอกเบี้ยในการเก็บสต็อกมันสำปะหลัง วงเงิน 300,000,000 บาท\nทั้งนี้ โครงการฯ ดังกล่าว สนับสนุนดอกเบี้ยแก่ผู้ประกอบการลานมัน\n2.2 โครงการยกระดับศักยภาพการแปรรูปมันสำปะหลัง วงเงินรวมทั้งสิ้น 10,000,000 บาท";
    expect([planFact(items, "300,000,000 บาท").target, planFact(items, "10,000,000 บาท").target]).toEqual([true, true]);
    // Bullets under a heading below the resolution's paragraph.
    const relief = "ครม. อนุมัติให้จ่ายเงินช่วยเหลือผู้ประสบอุทกภัย วงเงิน 1,190.46 ล้านบาท\nหลักเกณฑ์การเยียวยาฯ\n- 24 ชั่วโมง - 7 วัน จำนวน 193,802 ครัวเรือน อัตราจ่าย 5,000 บาท";
    expect(planFact(relief, "193,802 ครัวเรือน").target).toBe(true);
    // A bullet under a numbered item: the item's line or, when it approves nothing itself, the line above it.
    const rates = "1. เห็นชอบแนวทางการจ่ายเงินสงเคราะห์แก่ผู้สูงอายุ รายละเอียดคือ\n-ปีงบประมาณ 2563 จ่ายเงินสงเคราะห์ อัตรา 100 บาท/เดือน";
    expect(planFact(rates, "100 บาท/เดือน").target).toBe(true);
    const measures = "คณะรัฐมนตรีมีมติเห็นชอบมาตรการ ดังนี้\n2. มาตรการลดภาระค่าใช้จ่ายของผู้ประกอบอาชีพในภาคขนส่ง\n-โดยให้ส่วนลดราคาน้ำมัน ในรูปแบบรัฐร่วมจ่ายร้อยละ 50";
    expect(planFact(measures, "ร้อยละ 50").target).toBe(true);
    // Not under an approval, nor an appointment or a note taken in the item itself.
    expect(planFact(items.replace("2. อนุมัติ", "2. รายงานผล"), "300,000,000 บาท").target).toBe(false);
    const named = "คณะรัฐมนตรีมีมติอนุมัติตามที่กระทรวงเสนอ ดังนี้\n1. แต่งตั้งกรรมการผู้ทรงคุณวุฒิ จำนวน 3 คน\n2. รับทราบ จำนวน 5 เรื่อง";
    expect([planFact(named, "3 คน").target, planFact(named, "5 เรื่อง").target]).toEqual([false, false]);
  });

  test("an approval done, asked for, referred to or in force at once makes no plan", () => {
    // Done (ได้มีมติ), carried out since.
    expect(planFact("เมื่อวันที่ 31 ต.ค. 66 ได้มีมติอนุมัติเห็นชอบการปรับลดอัตราภาษีน้ำมันเบนซินลง 1 บาทต่อลิตร", "1 บาทต่อลิตร").target).toBe(false);
    expect(planFact("สภากาชาดไทยที่ได้อนุมัติถุงธารน้ำใจ จำนวน 4,212 ชุด", "4,212 ชุด").target).toBe(false);
    // Done today (ได้, with no day before the text's in its sentence) is the day's decision.
    expect(planFact("ข่าว\nวันอังคารที่ 2 มีนาคม 2564\nคณะรัฐมนตรีได้อนุมัติงบประมาณ 6,387,285,900 บาท จัดซื้อวัคซีน", "6,387,285,900 บาท").target).toBe(true);
    expect(planFact("ข่าว\nวันอังคารที่ 7 พฤศจิกายน 2566\nเมื่อวันที่ 31 ต.ค. 66 ได้มีมติอนุมัติงบประมาณ 500 ล้านบาท", "500 ล้านบาท").target).toBe(false);
    // Asked for, referred to, given before, or no body's.
    expect(planFact("กฎกระทรวงที่ต้องเสนอคณะรัฐมนตรีเห็นชอบในการจัดทำ จำนวน 28 ฉบับ", "28 ฉบับ").target).toBe(false);
    expect(planFact("จากที่คณะรัฐมนตรีมีมติเห็นชอบ เมื่อวันที่ 1 ธันวาคม 2563 จำนวน 46,807.35 ล้านบาท", "46,807.35 ล้านบาท").target).toBe(false);
    expect(planFact("ลูกค้ารับเงินได้ภายใน 15 นาที อนุมัติไว เลือกผ่อนชำระได้นานถึง 48 เดือน", "48 เดือน").target).toBe(false);
    // An appointment, a draft law: in force once decided.
    expect(planFact("คณะรัฐมนตรีมีมติอนุมัติตามที่กระทรวงมหาดไทยเสนอแต่งตั้งข้าราชการให้ดำรงตำแหน่งประเภทบริหาร ระดับสูง จำนวน 26 ราย", "26 ราย").target).toBe(false);
    expect(planFact("คณะรัฐมนตรีมีมติอนุมัติหลักการร่างกฎกระทรวง รวม 6 ฉบับ", "6 ฉบับ").target).toBe(false);
    // How many matters it covers.
    expect(planFact("ครม.เห็นชอบตามที่กระทรวงแรงงานเสนอ ใน 3 ประเด็น", "3 ประเด็น").target).toBe(false);
    // The former level a revision starts from was; what stays unchanged (คงเดิม) is planned on.
    const line = "ครม.อนุมัติให้ กฟผ. เพิ่มวงเงินกู้ระยะสั้น จากวงเงินเดิม 10,000 ล้านบาท เป็น 30,000 ล้านบาท";
    expect([planFact(line, "10,000 ล้านบาท").target, planFact(line, "30,000 ล้านบาท").target]).toEqual([false, true]);
    expect(planFact("1. เห็นชอบกำหนดอัตราการส่งเงินเข้ากองทุน ที่อัตราคงเดิม 0.1 บาทต่อลิตร ต่อไปอีก 2 ปี", "0.1 บาทต่อลิตร").target).toBe(true);
    // After a forecast's cue, the former forecast's value is one; the gap from it is measured.
    expect(planFact("คาดว่าเศรษฐกิจไทยในปี 2566 จะขยายตัวได้ 2.4% ต่ำกว่าประมาณการเดิมที่ 3%", "3%").target).toBe(true);
    expect(planFact("คาดว่าจะมีครัวเรือน 4,576,586 ครัวเรือน (มากกว่าประมาณการเดิม 0.11 ล้านครัวเรือน)", "0.11 ล้านครัวเรือน").target).toBe(false);
  });

  test("a cue of time to come with a past year between it and the figure: the figure was", () => {
    // BOI's release of January 2566 (biz35's form, our own words).
    const boi = "ยอดลงทุน\nวันศุกร์ที่ 13 มกราคม 2566\nนอกจากนี้ การออกบัตรส่งเสริม ซึ่งเป็นขั้นที่ใกล้จะลงทุนจริงมากที่สุด ก็มีแนวโน้มที่ดี ในปี 2565 มีโครงการที่ออกบัตรส่งเสริม ทั้งสิ้น 1,490 โครงการ เพิ่มขึ้นร้อยละ 9 และมีมูลค่าเงินลงทุน 489,090 ล้านบาท";
    expect([fact(boi, "ร้อยละ 9").target, fact(boi, "489,090 ล้านบาท").target]).toEqual([false, false]);
    // An estimate of a past year stays one (คาดว่า is no cue of time to come alone).
    const estimate = "เศรษฐกิจ\nวันศุกร์ที่ 17 กุมภาพันธ์ 2566\nสศช. คาดว่าในปี 2565 เศรษฐกิจไทยขยายตัวร้อยละ 2.6";
    expect(fact(estimate, "ร้อยละ 2.6").target).toBe(true);
    // Nor a crop year that runs into the text's (ฤดูแล้งปี 2562/2563 in a text of 2563).
    const season = "น้ำ\nวันศุกร์ที่ 17 มกราคม 2563\nมีการวางแผนจัดสรรน้ำช่วงฤดูแล้งปี 2562/2563 สนับสนุนพื้นที่เพาะปลูกได้ 6,845,842 ไร่";
    expect(fact(season, "6,845,842 ไร่").target).toBe(true);
  });

  test("ตอนนี้ (now) and ก่อนหน้านี้ (earlier) end a plan's reach: what is and what was", () => {
    // A price-relief release (biz36's form, our own words).
    const veg = "โดยนอกจากเป็นหมูเนื้อแดง จะมีผักอีก 17 ชนิด ขายราคาส่ง เช่น ผักชี จากก่อนหน้านี้ที่กิโลกรัมละ 400 บาท ตอนนี้ราคาตลาดเหลือกิโลกรัมละ 120 บาท";
    expect([fact(veg, "17 ชนิด").target, fact(veg, "400 บาท").target, fact(veg, "120 บาท").target]).toEqual([true, false, false]);
    // Nor are they a subject's words.
    expect(fact("ตอนนี้ประเทศไทยมีการใช้วัคซีน 2 ยี่ห้อ", "2 ยี่ห้อ").subject).toBe("ประเทศไทยมีการใช้วัคซีน");
  });

  test("อาจ (may) projects an amount or a rate, not a count or a length", () => {
    const tourism = "ทั้งนี้ หากสถานการณ์แผ่นดินไหวส่งผลต่อความเชื่อมั่นของนักท่องเที่ยวต่างชาติมากกว่าคาด เงินสะพัดอาจต่ำกว่า 23,000 ล้านบาท หรือหดตัว 2-3% เมื่อเทียบกับปีก่อน";
    expect([fact(tourism, "23,000 ล้านบาท").target, fact(tourism, "2-3%").target]).toEqual([true, true]);
    // thaigov: what can be, no forecast.
    const event = "โดยกลุ่มหนึ่งอาจรวมกันไม่เกิน 10 คน โดยใช้พื้นที่ประมาณ 2 ตารางเมตรต่อคน";
    expect(fact(event, "10 คน").target).toBe(false);
    expect(fact("ผู้ป่วยอาจมีอาการไข้ 2-3 วัน", "2-3 วัน").target).toBe(false);
  });

  test("after a date in a condition, a new noun and its จะ are the consequence: a target", () => {
    expect(fact("หากภาครัฐปรับขึ้นภาษีบุหรี่ตามแผนในเดือนตุลาคม 2568 ราคาบุหรี่จะเพิ่มขึ้นอีกซองละ 5-8 บาท", "5-8 บาท").target).toBe(true);
    // A name's number ends no phrase: the concession keeps its จะ (thaigov).
    const covid = "แม้สถานการณ์โควิด-19 ภายในประเทศจะดีขึ้นอย่างต่อเนื่อง วันนี้ พบผู้ติดเชื้อ 2,299 ราย";
    expect(fact(covid, "2,299 ราย").target).toBe(false);
    expect(fact("แม้ว่าเศรษฐกิจในไตรมาส 3 จะเติบโต 3%", "3%").target).toBe(false);
  });

  test("หั่นเป้า (slashes the goal) sets a goal; หั่นราคา, a discount, does not", () => {
    expect(fact("MPI มี.ค. 68 หดตัว 1.4% สศอ. หั่นเป้าทั้งปีเหลือ 0-1%", "0-1%").target).toBe(true);
    expect(fact("บริษัทหั่นเป้ารายได้รวม 33,000 ล้านบาท", "33,000 ล้านบาท").subject).toBe("รายได้");
    expect(fact("หั่นราคา 50% ดึงดูดนักท่องเที่ยว", "50%").target).toBe(false);
  });

  test("what is cut, raised or kept is measured, not who decides it; a count is of what may be cut", () => {
    expect(fact("กนง. มีมติ 5 ต่อ 2 เสียงให้ลดอัตราดอกเบี้ยนโยบายลง 0.25% จาก 2.50% เป็น 2.25% ต่อปี", "0.25%").subject).toBe("อัตราดอกเบี้ยนโยบาย");
    // thaigov (a policy rate kept; a loan ceiling cut; a scheme's area cut).
    expect(fact("คณะกรรมการนโยบายการเงินมีมติเป็นเอกฉันท์ให้คงอัตราดอกเบี้ยไว้ที่ร้อยละ 0.5 โดยประเมินว่า", "ร้อยละ 0.5").subject).toBe("อัตราดอกเบี้ย");
    expect(fact("กระทรวงการคลังได้ปรับลดเพดานเงินกู้สินเชื่อ PICO Finance ลงจาก 36% เหลือ 33%", "33%").subject).toBe("เพดานเงินกู้สินเชื่อ PICO Finance");
    expect(fact("กำหนดให้ลดพื้นที่สวนยาง 2 ล้านไร่", "2 ล้านไร่").subject).toBe("พื้นที่สวนยาง");
    expect(fact("กระบวนงานที่สามารถปรับลดระยะเวลาลงมากกว่าร้อยละ 50", "ร้อยละ 50").subject).toBe("ระยะเวลา");
    expect(fact("กระบวนงานที่สามารถปรับลดระยะเวลาการพิจารณาอนุญาต จำนวน 17 กระบวนงาน", "17 กระบวนงาน").subject)
      .toBe("กระบวนงานที่สามารถปรับลดระยะเวลาการพิจารณาอนุญาต");
    // คง alone is a part of nouns (ยอดเงินคงค้าง); ขั้นต่ำ (the minimum) is the figure's bound, trimmed.
    expect(fact("โดยกำหนดให้ธนาคารมียอดเงินคงค้างขั้นต่ำอยู่ที่ 100,000 ล้านบาท", "100,000 ล้านบาท").subject).toBe("ยอดเงินคงค้าง");
  });

  test("an age is never a target, a range's word between (อายุระหว่าง 18-59 ปี) or not", () => {
    // thaigov: who a vaccination drive will reach.
    const ages = "จะเปิดให้ประชาชนทั่วไปที่มีอายุระหว่าง 18-59 ปี จำนวน 31 ล้านคน ลงทะเบียน";
    expect(fact(ages, "18-59 ปี").target).toBe(false);
    expect(fact("ผู้สมัครจะต้องมีอายุ 20 ปีขึ้นไป และจะได้รับเงิน 5,000 บาท", "20 ปี").target).toBe(false);
  });

  test("มีแผน (has a plan to) makes what it plans a target; programmes and plans counted are none", () => {
    expect(fact("บริษัทมีแผนลงทุนขยายกำลังการผลิตอีก 2,500 ล้านบาทในช่วง 3 ปีข้างหน้า", "2,500 ล้านบาท").target).toBe(true);
    // thaigov: inmates to be trained.
    expect(fact("กรมราชทัณฑ์มีแผนฝึกอบรมให้แก่ผู้ต้องขังอีกประมาณ 80 คน ในสาขาช่างปูกระเบื้อง", "80 คน").target).toBe(true);
    expect(fact("โดยมีแผนงานที่ผ่านการกลั่นกรองจาก สทนช. ในเบื้องต้น ทั้งสิ้น 46,887 โครงการ", "46,887 โครงการ").target).toBe(false);
  });

  test("เป้า, the goal as business news shortens it, sets a goal of an amount or a rate", () => {
    // thaigov 2022 (air freight of fruit to China).
    const air = "ทางอากาศก็จะเพิ่มความสำคัญมากขึ้น สมาพันธ์ผู้ให้บริการโลจิสติกส์ไทย 5 ฝ่ายจับมือกัน เป้าปีนี้ 6.5% คือ 30,600 ตัน";
    expect(fact(air, "6.5%").target).toBe(true);
    expect(fact(air, "30,600 ตัน").target).toBe(true);
    expect(fact("บริษัทคงเป้ารายได้ปี 2567 ที่ 8,000 ล้านบาท", "8,000 ล้านบาท")).toMatchObject({ target: true, subject: "รายได้" });
    expect(fact("บริษัทวางเป้ารายได้เติบโต 15%", "15%")).toMatchObject({ target: true, subject: "รายได้" });
    // Above the goal by the figure: measured, as with เป้าหมาย.
    expect(fact("ยอดขายไตรมาสแรก 1,200 ล้านบาท สูงกว่าเป้า 10%", "10%").target).toBe(false);
    // Before a count it is as often a target group (thaigov), and targeted (แบบพุ่งเป้า) is how, no goal.
    expect(fact("ครัวเรือนที่อยู่ใน “เป้าตั้งต้น” และมีการสำรวจปัญหา จำนวน 615,128 ครัวเรือน", "615,128 ครัวเรือน").target).toBe(false);
    const aimed = "ให้พิจารณาปรับแผนการใช้จ่ายงบประมาณแบบพุ่งเป้าเพื่อช่วยเหลือผู้ประกอบการ MSMEs วงเงิน 500 ล้านบาท";
    expect(fact(aimed, "500 ล้านบาท").target).toBe(false);
  });

  test("แนวโน้ม (tends to) forecasts an amount or a rate", () => {
    // Krungthai COMPASS, thaigov 63459.
    expect(fact("Krungthai COMPASS คาดอัตราเงินเฟ้อทั่วไปปี 2566 มีแนวโน้มอยู่ที่ 3.1% ตามราคาพลังงาน", "3.1%").target).toBe(true);
    expect(fact("โดยเศรษฐกิจในปี 2565 มีแนวโน้มขยายตัว 3.2%", "3.2%").target).toBe(true);
    expect(fact("ผู้ป่วยมีแนวโน้มเพิ่มขึ้น 500 ราย", "500 ราย").target).toBe(false);
  });

  test.each([
    ["รัฐบาลจัดเก็บรายได้สุทธิ 2.5 ล้านล้านบาท สูงกว่าเป้าหมาย 1 แสนล้านบาท หรือ 5.5%", "1 แสนล้านบาท"],
    ["กรมสรรพสามิตจัดเก็บรายได้ 4.28 แสนล้านบาท ต่ำกว่าประมาณการ 6.89 หมื่นล้านบาท", "6.89 หมื่นล้านบาท"],
  ])("a figure right after a comparison with a goal or a forecast is the difference, no target (%s)", (text, written) => {
    expect(fact(text, written).target).toBe(false);
  });

  test("past a goal (เกินเป้า, ทะลุเป้า) is what was measured; a figure right after the goal word is its value", () => {
    // thaigov 2564-2566 (a bank's lending against its goal, a fair's takings, the EEC's investment).
    expect(fact("เกินเป้าไป 6 หมื่นล้านบาท !! ผลการดำเนินงาน ธอส. ปี 65 ปล่อยสินเชื่อใหม่ได้ 2.86 แสนล้านบาท", "6 หมื่นล้านบาท").target).toBe(false);
    expect(fact("งานแสดงสินค้าครั้งนี้ประสบความสำเร็จเกินเป้าหมาย ทำรายได้ทะลุเป้ากว่า 360 ล้านบาท ทั้งนี้ในช่วง", "360 ล้านบาท").target).toBe(false);
    const eec = "เกิดการลงทุนรวมที่ได้อนุมัติงบลงทุนสูงถึง 1.8 ล้านล้านบาท เกินเป้าหมาย 1.7 ล้านล้านบาทใน 5 ปีที่เป็นแผนแรกของอีอีซี";
    expect([fact(eec, "1.7 ล้านล้านบาท").target, fact(eec, "5 ปี").target]).toEqual([true, true]);
  });

  test("past a period figures are counted as of, a target cue before it governs no more; a forecast as of a coming month it still does", () => {
    // thaigov (ธอส., October 2564): the goal's own value is a target, the loans outstanding at the end of the quarter are not.
    const bank = "ข่าวธนาคาร\nวันพฤหัสบดีที่ 21 ตุลาคม 2564\nคิดเป็น 77.06% ของเป้าหมายสินเชื่อปล่อยใหม่ปี 2564 ที่ 215,641 ล้านบาท ณ สิ้นไตรมาสที่ 3/2564 ธนาคารมียอดสินเชื่อคงค้างรวมทั้งสิ้น 1,408,857 ล้านบาท";
    expect(fact(bank, "215,641 ล้านบาท").target).toBe(true);
    expect(fact(bank, "1,408,857 ล้านบาท").target).toBe(false);
    // thaigov (February 2564): the public debt expected at the end of September is a forecast.
    const debt = "สรุปข่าว\nวันอังคารที่ 23 กุมภาพันธ์ 2564\nโดย กค. คาดว่าระดับหนี้สาธารณะต่อผลิตภัณฑ์มวลรวมในประเทศ ณ สิ้นเดือนกันยายน 2564 อยู่ที่ร้อยละ 56.74";
    expect(fact(debt, "ร้อยละ 56.74").target).toBe(true);
  });

  test("a figure of the period the title reports on is no plan, whatever date the text names", () => {
    const text = "สศก. เผยปี 65 รายได้เงินสดสุทธิเกษตรกรไทย 80,271 บาทต่อปี\nผลสำรวจเก็บข้อมูลตั้งแต่เดือนพฤษภาคม 2564 พบว่า ปี 65 รายได้เงินสดสุทธิ 206,310 บาทต่อปี";
    expect(fact(text, "206,310 บาทต่อปี")).toMatchObject({ year: 2022, target: false });
  });

  test("figures of targeted industries are no goal; a target group's size is", () => {
    expect(fact("การลงทุนใน 12 อุตสาหกรรมเป้าหมาย มีเงินลงทุน 468,668 ล้านบาท", "468,668 ล้านบาท").target).toBe(false);
    expect(fact("โครงการมีกลุ่มเป้าหมาย 3,000 คน", "3,000 คน").target).toBe(true);
  });

  test("goals counted (6 เป้าหมาย) are a plan's parts, no cue; a section's number before the word is no count", () => {
    const plan = "แผนปฏิบัติการด้านอาหาร ประกอบไปด้วย 6 เป้าหมาย 18 ตัวชี้วัด และ 4 ยุทธศาสตร์ ซึ่งมีสาระสำคัญสรุปได้ ดังนี้";
    expect([fact(plan, "18 ตัวชี้วัด").target, fact(plan, "4 ยุทธศาสตร์").target]).toEqual([false, false]);
    const aedp = "สรุปได้ดังนี้\n1.1 เป้าหมายกำลังผลิตไฟฟ้าจากพลังงานทดแทน จำนวน 10 ประเภทเชื้อเพลิง กำลังการผลิตติดตั้งรวม 18,696 เมกะวัตต์";
    expect(fact(aedp, "18,696 เมกะวัตต์").target).toBe(true);
    expect(fact("ในปี 2566 เป้าหมายการส่งออก 1.2 ล้านตัน", "1.2 ล้านตัน").target).toBe(true);
  });

  test("the Sustainable Development Goals are a name, no goal; what is now (เวลานี้) no plan", () => {
    expect(fact("นายกรัฐมนตรีได้เสนอแนวทางเพื่อให้สานต่อและขับเคลื่อนการดำเนินการตามเป้าหมายการพัฒนาอย่างยั่งยืน 3 ประการ คือ", "3 ประการ").target).toBe(false);
    expect(fact("ผู้ที่ร่วมงานจะต้องตรวจหาเชื้ออีกครั้ง ที่ จ.สุราษฎร์ธานี เวลานี้มีผู้ต้องขัง ๕๗ คน", "๕๗ คน")).toMatchObject({ target: false, subject: "ผู้ต้องขัง" });
  });

  test("a deadline to have something done is a plan, and its แล้ว no reset (ให้แล้วเสร็จ)", () => {
    const f = fact("ทั้งนี้ ทีโอที มีเป้าหมายดำเนินการให้แล้วเสร็จใน 3 เดือน", "3 เดือน");
    expect(f.target).toBe(true);
    expect(f.subject).not.toContain("แล้วเสร็จ");
  });

  test("a forecast after a comparison with it, further on, is still one", () => {
    expect(fact("ต่ำกว่าที่เคยคาดการณ์ไว้ว่าอาจจะมี NPL สูงสุดอยู่ที่ประมาณ 25%", "25%").target).toBe(true);
  });

  test("a figure of the base ต่อเนื่องจาก (continuing from) compares with is what was, no forecast", () => {
    const text = "เศรษฐกิจไทยปี 2567 คาดว่าจะขยายตัวที่ร้อยละ 2.7 นับเป็นการขยายตัวต่อเนื่องจากปี 2566 ที่ขยายตัวที่ร้อยละ 1.9 ต่อปี";
    expect(fact(text, "ร้อยละ 2.7")).toMatchObject({ target: true, year: 2024 });
    expect(fact(text, "ร้อยละ 1.9")).toMatchObject({ target: false, year: 2023 });
  });

  test("จะ after แม้ or หาก is no plan", () => {
    expect(fact("จึงยังคงต้องระมัดระวังแม้จะฉีดวัคซีนครบ 2 เข็มแล้ว", "2 เข็ม").target).toBe(false);
    expect(fact("กระทรวงจะฉีดวัคซีนให้ครบ 2 เข็ม", "2 เข็ม").target).toBe(true);
  });

  test("จะ in the phrase of a condition is no plan; in its consequence it is", () => {
    expect(fact("หากไม่ติดเชื้อจะให้ไปกักตัวใน State Quarantine เป็นเวลา 14 วัน", "14 วัน").target).toBe(false);
    expect(fact("หากมีการลงทุน จะทำให้เกิดการจ้างงาน 500 คน", "500 คน").target).toBe(true);
  });

  test("a figure linked to a year before the text's is a result, not the forecast a cue before it makes; a share of such a year is still one", () => {
    const adb = "ข่าว\nวันพุธที่ 19 กรกฎาคม 2566\nโดยเพิ่มคาดการณ์การเติบโตของเศรษฐกิจไทยอยู่ที่ 3.5% หลังขยายตัว 2.6% ในปี 2565 โดยไทยเป็นเพียงประเทศเดียว";
    expect([fact(adb, "3.5%").target, fact(adb, "2.6%").target]).toEqual([true, false]);
    const tourism = "ข่าว\nวันจันทร์ที่ 14 กันยายน 2563\nและปีหน้าจะมีรายได้ประมาณ 50% ของปี 62 ที่มีรายได้ 2 ล้านล้านบาท";
    expect(fact(tourism, "50%").target).toBe(true);
  });

  test("what one gets under a condition (หาก… จะได้รับ, สำหรับลูกค้าที่… จะได้รับ) is an offer's or a scheme's terms, no plan", () => {
    const deposit = "สำหรับลูกค้าที่มีเงินเดือนประจำ หากเปิดบัญชีและมียอดเงินฝากคงเหลือไม่เกิน 10 ล้านบาท จะได้รับอัตราดอกเบี้ย 0.85% ต่อปี";
    expect(fact(deposit, "0.85%").target).toBe(false);
    const gift = "พิเศษสำหรับลูกค้าที่เปิดบัญชีตามระยะเวลาที่กำหนดจะได้รับตุ๊กตาหมี 1 ตัว ต่อ 1 ราย";
    expect(fact(gift, "1 ตัว").target).toBe(false);
    // A prize is what the winner gets (thaigov 2563, a contest's terms).
    expect(fact("ซึ่งทีมชนะเลิศจะได้รับ ทุนการศึกษา 80,000 บาท", "80,000 บาท").target).toBe(false);
    expect(fact("โดยผู้ชนะเลิศจะได้รับเกียรติบัตรและเงินรางวัล 200,000 บาท", "200,000 บาท").target).toBe(false);
    // Not without a condition (a plan's payment), nor with a forecast before the condition, nor when
    // the condition is that all goes as planned, nor a consequence that is no getting.
    expect(fact("เกษตรกรจะได้รับเงินช่วยเหลือไร่ละ 1,000 บาท", "1,000 บาท").target).toBe(true);
    expect(fact("คาดว่าหากมีการลงทุนเพิ่ม ประเทศจะได้รับเงินลงทุน 500 ล้านบาท", "500 ล้านบาท").target).toBe(true);
    expect(fact("ถ้าเป็นไปตามแผน ภายในเดือนกุมภาพันธ์จะได้รับวัคซีน 2 แสนโดสแรก", "2 แสนโดส").target).toBe(true);
    expect(fact("หากมีการลงทุน จะทำให้เกิดการจ้างงาน 500 คน", "500 คน").target).toBe(true);
  });

  test("an offer's condition is read back from its จะ cue, not from the figure: long terms stay terms", () => {
    // From the corpus: the second payment's จะ stands 200 characters after หาก.
    const wallet = "หากกดใช้งานและยืนยันตัวตนเพื่อรับสิทธิ์ระหว่างวันที่ 22 มีนาคม – 11 เมษายน 2564 จะได้รับวงเงินครั้งแรกในวันที่กดใช้งานฯ เป็นจำนวนวงเงินสะสมนับตั้งแต่วันที่ 22 มีนาคม 2564 จนถึงวันที่กดใช้งานฯ และจะได้รับวงเงินสัปดาห์ละ 1,000 บาท ทุกวันจันทร์ของทุกสัปดาห์";
    expect(fact(wallet, "1,000 บาท").target).toBe(false);
    // Past condition_window characters before the cue, a condition no longer counts.
    const far = `หากกดใช้งาน ${"ก".repeat(320)} เกษตรกรจะได้รับเงินช่วยเหลือไร่ละ 1,000 บาท`;
    expect(fact(far, "1,000 บาท").target).toBe(true);
  });

  test("สำหรับ before a topic or a time (สำหรับเรื่อง…นั้น, สำหรับปี) is \"as for\", no condition: a promise after it is a plan", () => {
    const rice = "สำหรับเรื่องข้าวนั้นที่ประชุมได้หารือร่วมกันและได้ข้อสรุปว่า เกษตรกรจะได้รับเงินค่าช่วยบริหารจัดการ ไร่ละ 1,000 บาท";
    expect(fact(rice, "1,000 บาท").target).toBe(true);
    const year = "สำหรับปี 2568 กองทุนจะได้รับงบประมาณเพิ่มเติม 500 ล้านบาท";
    expect(fact(year, "500 ล้านบาท").target).toBe(true);
    expect(fact("สำหรับลูกค้าที่ซื้อสลาก จะได้รับบัตรของขวัญ มูลค่า 150 บาท", "150 บาท").target).toBe(false);
  });

  test("the consequence of a condition that restates what is (หากรวม, หากพิจารณา) is no plan, unless a forecast frames it", () => {
    const gold = "การส่งออกอัญมณีขยายตัวร้อยละ 14.78 และหากรวมทองคำ จะมีมูลค่าถึง 3,031.76 ล้านดอลลาร์";
    expect(fact(gold, "3,031.76 ล้านดอลลาร์").target).toBe(false);
    const budget = "แต่หากพิจารณาเฉพาะงบประมาณรายจ่ายกรณีไม่รวมงบกลาง วงเงินงบประมาณรวมจะอยู่ที่ 2.67 ล้านล้านบาท";
    expect(fact(budget, "2.67 ล้านล้านบาท")).toMatchObject({ target: false, subject: "วงเงินงบประมาณ" });
    const deducted = "แต่หากหักรายการพิเศษที่เกิดขึ้นในงวด 9 เดือนปี 55 และ 56 แล้วกำไรสุทธิของกลุ่มธนาคารจะเพิ่มขึ้น 29.1% โดย";
    expect(fact(deducted, "29.1%").target).toBe(false);
    const forecast = "เงินลงทุนนี้ จะทำให้ เกิดการขยายตัว GDP ได้ร้อยละ 0.17 % หากรวมรัฐวิสาหกิจอีก 5 แห่ง GDP จะเกิดการขยายตัว 0.31%";
    expect(fact(forecast, "0.31%").target).toBe(true);
  });

  test("เกือบจะ (nearly) says how far along something went, not a plan", () => {
    const text = "จนทำให้การประมงทะเลของไทยเกือบจะล่มสลาย เกิดความเสียหายคิดเป็นมูลค่าถึงปีละประมาณ 400,000 ล้านบาท";
    expect(fact(text, "400,000 ล้านบาท").target).toBe(false);
  });

  test("a penalty a law sets is a rule in force, no plan; ยาเสพติดให้โทษ holds no penalty", () => {
    const fine = "ให้คนต่างด้าวทำงานนอกเหนือจากที่มีสิทธิจะทำได้ จะมีโทษปรับตั้งแต่ 10,000 – 100,000 บาท ต่อคนต่างด้าวที่จ้างหนึ่งคน";
    expect(fact(fine, "10,000 – 100,000 บาท ต่อคน").target).toBe(false);
    const jail = "การโฆษณาการจัดหางานโดยไม่ได้รับอนุญาตจากกรมการจัดหางาน จะมีความผิด ต้องระวางโทษจำคุกไม่เกิน 3 ปี";
    expect(fact(jail, "3 ปี").target).toBe(false);
    const saving = "ภาครัฐจะได้รับประโยชน์เมื่อมีการปลดกระท่อมออกจากยาเสพติดให้โทษ สามารถลดค่าใช้จ่ายทั้งในส่วนของภาครัฐ 1,691,287,000 บาท";
    expect(fact(saving, "1,691,287,000 บาท").target).toBe(true);
  });

  test("จะพบว่า, จะเห็นว่า point at what a report's figures show: no plan, and no part of the subject", () => {
    const size = "สำหรับในปี 2565 จะพบว่า ห้องชุดที่ชาวต่างชาติโอนกรรมสิทธิ์ มีขนาดเฉลี่ย 45.9 ตารางเมตร";
    expect(fact(size, "45.9 ตารางเมตร").target).toBe(false);
    const cases = "ความรุนแรงของโรคไม่ได้มากกว่าปกติ จะเห็นว่าผู้ป่วย 83 ราย ส่วนใหญ่มีอาการไม่รุนแรง";
    expect(fact(cases, "83 ราย")).toMatchObject({ target: false, subject: "ผู้ป่วย" });
    // So do ดังจะเห็นได้จาก (as can be seen from) and จะเห็นได้จาก (thaigov 2567, a tax report).
    expect(fact("ขยายตัวอย่างต่อเนื่อง ดังจะเห็นได้จากภาษีสรรพสามิตที่เก็บได้ ขยายตัวสูงถึงร้อยละ 11.3", "ร้อยละ 11.3").target).toBe(false);
  });

  test("มักจะ, ปกติจะ, แต่ละปีจะ (usually, normally, every year) say what is so as a rule, a habit: no plan", () => {
    // thaigov 2565 (a COVID briefing) and a bank's offer.
    const briefing = "เชื้อที่มีชีวิต มักจะสามารถตรวจพบบริเวณทางเดินหายใจส่วนบนของผู้ป่วยได้ไม่เกิน 9 วัน หลังเริ่มมีอาการ";
    expect(fact(briefing, "9 วัน").target).toBe(false);
    expect(fact("ฟรีค่าประเมินหลักประกัน ซึ่งโดยปกติจะมีค่าใช้จ่ายประมาณ 15,000 บาท", "15,000 บาท").target).toBe(false);
    // Nor is an enforcement report's sum of fines assessed (ประมาณการค่าปรับ) a forecast (thaigov 2564).
    expect(fact("เปรียบเทียบปรับและประมาณการค่าปรับเป็นเงินรวม 1,248,452,588.22 บาท", "1,248,452,588.22 บาท").target).toBe(false);
    // So does what recurs every year (แต่ละปีจะ, ทุกปีจะ).
    expect(fact("ซึ่งแต่ละปีจะมีคนไทยมุสลิมได้รับโควตาเข้าร่วมการประกอบพิธีฮัจย์ประมาณ 13,000 คน", "13,000 คน").target).toBe(false);
    // A plan's จะ stays one.
    expect(fact("ธนาคารจะปล่อยสินเชื่อ 15,000 ล้านบาท", "15,000 ล้านบาท").target).toBe(true);
  });

  test("อาจเพราะ, อาจเป็นเพราะ hedge a finding's cause: no forecast for the figures after", () => {
    const survey = "กิจกรรมออนไลน์ยอดฮิต ได้แก่ ปรึกษาแพทย์ มากที่สุด 86.16% อาจเพราะสถานการณ์โควิด-19 จึงทำให้คนสนใจ รองลงมาคือ เพื่อติดต่อสื่อสาร 65.70%";
    expect(fact(survey, "65.70%").target).toBe(false);
    expect(fact("ยอดขายลดลง 5% อาจเป็นเพราะราคาสูงขึ้น ส่วนยอดส่งออกเพิ่มขึ้น 3%", "3%").target).toBe(false);
  });

  test("a number inside a condition's or a concession's name does not end its phrase; a figure does", () => {
    expect(fact("สรุปได้ว่าสินเชื่อในไตรมาส 3 ไม่ขยายตัว แม้ว่าเศรษฐกิจในไตรมาส 3 จะเติบโต 3%", "3%").target).toBe(false);
    expect(fact("โดยมีอัตราการเติบโต 0.5% เมื่อเทียบกับช่วงเดียวกันของปีก่อน และหากเทียบกับไตรมาส 2 จะติดลบ 0.2%", "0.2%").target).toBe(false);
    const consequence = "ซึ่งหากเพิ่มสัดส่วนให้ได้ตามที่กำหนดไว้ร้อยละ 60 ก็จะช่วยสร้างรายได้ให้กับผู้ประกอบการชาวไทยเพิ่มขึ้นกว่า 1 ล้านล้านบาท";
    expect([fact(consequence, "ร้อยละ 60").target, fact(consequence, "1 ล้านล้านบาท").target]).toEqual([false, true]);
  });

  test("a goal named inside a condition is a goal; the condition's จะ is no plan", () => {
    const text = "ซึ่งหากเทียบจากเป้าหมายจำนวนสถานประกอบการ 394,703 ราย จำนวนลูกจ้างสัญชาติไทย 4,032,948 คน";
    expect([fact(text, "394,703 ราย").target, fact(text, "4,032,948 คน").target]).toEqual([true, true]);
    expect(fact("หากราคาน้ำมันจะสูงขึ้น 10%", "10%").target).toBe(false);
  });

  test("ล่าสุด (latest) says what has been done: a จะ before it governs no figure after it", () => {
    const latest = "ศธ. จะเร่งขยายผลให้ครอบคลุมทั่วประเทศ โดยล่าสุดได้จัดตั้งสถานีแก้หนี้ครู จำนวน 481 แห่ง";
    expect(fact(latest, "481 แห่ง").target).toBe(false);
  });

  test("ตามคาด (as expected) reports what came; ตามคาดการณ์ (according to the forecast) is a forecast's", () => {
    expect(fact("ระดับของหนี้เสีย หรือ NPL ก็เป็นไปตามคาดมาอยู่ที่ประมาณ 1.2 ล้านล้านบาท", "1.2 ล้านล้านบาท")).toMatchObject({ target: false, subject: "NPL" });
    expect(fact("จึงต้องมีวงเงินกู้ระยะสั้น ตามคาดการณ์ในเดือนสิงหาคม วงเงินประมาณ 30,000 ล้านบาท", "30,000 ล้านบาท").target).toBe(true);
    // Unforeseen (คาดไม่ถึง), beyond expectations (เกินคาด): what came too.
    expect(fact("ชนิดที่นายกฯ คาดไม่ถึง เชื่อแค่พูดเพื่อเป็นสีสัน อัดเพื่อไทย ปิดหูปิดตาตัวเองมา 8 ปีถึงไม่เห็นผลงาน", "8 ปี").target).toBe(false);
    expect(fact("การส่งออกเดือนมีนาคมขยายตัวเกินคาดร้อยละ 12.3", "ร้อยละ 12.3").target).toBe(false);
  });

  test("a goal compared with (สูงกว่าประมาณการ, ต่ำกว่าเป้าหมาย) makes no target of what is measured against it, only of its own value", () => {
    const revenue = "จัดเก็บรายได้สุทธิได้ถึง 1,643,075 ล้านบาท “สูงกว่าประมาณการ” ตามเอกสารงบประมาณ 122,378 ล้านบาท หรือร้อยละ 8.0";
    expect([fact(revenue, "122,378 ล้านบาท").target, fact(revenue, "ร้อยละ 8.0").target]).toEqual([false, false]);
    const rice = "ส่งออกข้าวได้ 8.5 ล้านตัน สูงกว่าเป้าหมายที่ตั้งไว้ 7.5 ล้านตัน คิดเป็นมูลค่าการส่งออกกว่า 3,970 ล้านเหรียญสหรัฐ";
    expect([fact(rice, "7.5 ล้านตัน").target, fact(rice, "3,970 ล้านเหรียญสหรัฐ").target]).toEqual([true, false]);
    expect(fact("ต่ำกว่าเป้าหมายของภาครัฐที่ 40 ล้านคน", "40 ล้านคน").target).toBe(true);
  });

  test("จะต้อง is an obligation or a rule, not a plan", () => {
    expect(fact("แรงงานไทยทุกคนเมื่อเดินทางถึงประเทศไทยแล้วจะต้องเข้าสู่ขั้นตอนการกักตัว 14 วัน", "14 วัน").target).toBe(false);
    expect(fact("ส่วนประเภทกลุ่มบุคคลจะต้องมีผู้นำกลุ่มและสมาชิกกลุ่มกู้ร่วมกันไม่น้อยกว่า 5 คน", "5 คน").target).toBe(false);
  });

  test("all of a known set (ทั้ง …) or an age is never a target", () => {
    expect(fact("ซึ่งจะช่วยฟื้นฟูเศรษฐกิจของทั้ง 2 ฝ่ายภายหลังวิกฤตการณ์", "2 ฝ่าย").target).toBe(false);
    expect(fact("ก็จะนำมาฉีดให้แก่ประชาชนทั่วไปตั้งแต่อายุ 18 ปีขึ้นไป", "18 ปี").target).toBe(false);
    expect(fact("ก็จะนำมาฉีดให้แก่ประชาชนทั่วไป 26 ล้านโดส", "26 ล้านโดส").target).toBe(true);
  });

  test("a figure of a year after the document's is a plan or forecast; the fiscal year under way is not", () => {
    const may = "วันที่ 10 พฤษภาคม 2565\n";
    expect(fact(`${may}กรอบวงเงินงบประมาณรายจ่ายประจำปีงบประมาณ 2566 จำนวน 85,000 ล้านบาท`, "85,000 ล้านบาท").target).toBe(true);
    expect(fact(`${may}ผลการเบิกจ่ายงบประมาณปีงบประมาณ 2565 จำนวน 85,000 ล้านบาท`, "85,000 ล้านบาท").target).toBe(false);
    const december = "วันที่ 24 ธันวาคม 2563\n";
    expect(fact(`${december}ปีงบประมาณ 2564 พบว่ามีการกระทำผิด จำนวน 688 คดี`, "688 คดี").target).toBe(false);
  });

  test("a figure of a period of months that starts after the document's month is planned, unless done or counted as of it", () => {
    // thaigov, 18 January 2564: a relief measure for February and March (its เห็นชอบ, an approval's cue
    // of its own, replaced by ออก).
    const relief = "วันจันทร์ที่ 18 มกราคม 2564\nรัฐบาลออกมาตรการลดค่าน้ำประปา - ค่าไฟฟ้า เป็นเวลา 2 เดือน มีผลตั้งแต่เดือน ก.พ. – มี.ค. 64 แบ่งเป็น ส่วนลดร้อยละ 10 สำหรับค่าน้ำประปา";
    expect(fact(relief, "ร้อยละ 10").target).toBe(true);
    // The month under way is reported on, not planned.
    expect(fact(relief.replace("ก.พ. – มี.ค. 64", "ม.ค. 64"), "ร้อยละ 10").target).toBe(false);
    // What is done (แล้ว) is no plan, whatever period governs it.
    expect(fact("วันพุธที่ 9 กันยายน 2563\nขยายโครงการถึงเดือนธันวาคม 2563 ธ.ก.ส. ได้จ่ายเงินแล้ว 9 งวด", "9 งวด").target).toBe(false);
    // dev 86292 (July 2567): a period that ends something (จนถึงสิ้นเดือนสิงหาคม) plans nothing.
    expect(fact("วันอังคารที่ 30 กรกฎาคม 2567\nเวียดนามอนุญาตให้นำเข้าเพิ่มเติม จำนวน 4 ฟาร์ม จนถึงสิ้นเดือนสิงหาคม 2567 และรออนุมัติ จำนวน 3 ฟาร์ม", "3 ฟาร์ม").target).toBe(false);
  });

  test("ให้ได้ (so as to reach) makes the figure a goal; ทำให้ได้ (so that one gets) a result", () => {
    // thaigov 76827: the tourist goal, a goal met before it (เป็นไปตามเป้าหมาย) notwithstanding.
    const tourists = "ซึ่งเป็นไปตามเป้าหมายที่นายกรัฐมนตรีได้กำหนดไว้ ในการดึงดูดนักท่องเที่ยวต่างชาติเที่ยวไทยปี 2566 ให้ได้ประมาณ 25 - 28 ล้านคน";
    expect(fact(tourists, "25 - 28 ล้านคน").target).toBe(true);
    expect(fact("ให้ทุกจังหวัดเร่งดำเนินการฉีดวัคซีนให้ได้ 100 เปอร์เซ็นต์", "100 เปอร์เซ็นต์").target).toBe(true);
    const result = "การฉีดวัคซีนทำให้ได้ผลในด้านการป้องกันการติดเชื้อเพียงร้อยละ 50.4";
    expect(fact(result, "ร้อยละ 50.4")).toMatchObject({ target: false, subject: "ผลในด้านการป้องกันการติดเชื้อ" });
    // ได้รับ after ทำให้ stays one word: what is received.
    expect(fact("ภัยแล้งทำให้ได้รับผลกระทบ 500 ราย", "500 ราย").subject).toBe("ได้รับผลกระทบ");
  });

  test("an item framed as a forecast's item before it (ราคาอยู่ที่) is a forecast too, with the change written after it", () => {
    // thaigov 47801 (the BAAC's farm price forecast for November 2564), cut.
    const prices = "ธ.ก.ส. คาดการณ์ราคาสินค้าเกษตรในเดือนพฤศจิกายน 2564 โดยสินค้าเกษตรที่มีแนวโน้มราคาปรับตัวสูงขึ้น ได้แก่ ข้าวเปลือกหอมมะลิ ราคาอยู่ที่ 10,237 - 10,462 บาท/ตัน เพิ่มขึ้นจากเดือนก่อนร้อยละ 5.02 - 7.32 เนื่องจากปัญหาอุทกภัยในแหล่งผลิตข้าวหอมมะลิ ทำให้ผลผลิตออกสู่ตลาดลดลง อย่างไรก็ตาม ยังมีแรงกดดันจากปัญหาการขนส่ง มันสำปะหลัง ราคาอยู่ที่ 2.17 - 2.22 บาท/กก. เพิ่มขึ้นจากเดือนก่อนร้อยละ 4.85 - 7.25 เนื่องจากเป็นช่วงต้นฤดูกาลผลิต";
    expect([fact(prices, "2.17 - 2.22 บาท/กก.").target, fact(prices, "ร้อยละ 4.85 - 7.25").target]).toEqual([true, true]);
    // Framed alike after what already is (a reset word in its line), it reports what is.
    const now = "คาดว่าราคาข้าวเปลือกหอมมะลิ ราคาอยู่ที่ 10,237 บาท/ตัน\nขณะที่ปัจจุบันมันสำปะหลัง ราคาอยู่ที่ 2.17 บาท/กก.";
    expect(fact(now, "2.17 บาท/กก.").target).toBe(false);
  });

  test("a deadline after the figure makes it a goal", () => {
    expect(fact("และฉีดวัคซีนให้กับประชาชนทั้งประเทศให้ครบ 50 ล้านคนภายในปี 2564", "50 ล้านคน").target).toBe(true);
    expect(fact("พบผู้ป่วย 5 ราย ภายใน 24 ชั่วโมง", "5 ราย").target).toBe(false);
    // Within a length of years: a plan's horizon (thaigov 51456, the rice strategy); not a length's own.
    expect(fact("ให้ผู้บริโภคเร่งพัฒนาข้าวพันธุ์ใหม่อย่างน้อย 12 พันธุ์ ภายใน 5 ปี โดยเป็นข้าวพื้นแข็ง", "12 พันธุ์").target).toBe(true);
    expect(fact("ผู้ประกันตนที่ส่งเงินสมทบมาแล้วไม่น้อยกว่า 6 เดือน ภายใน 1 ปี ก่อนวันเจ็บป่วย", "6 เดือน").target).toBe(false);
    expect(fact("ผู้ยื่นคำขอ 300 ราย ภายใน 30 วัน", "300 ราย").target).toBe(false);
  });

  test("a cue governs its clause: a target_clause word after a space starts another", () => {
    expect(fact("ซึ่งจะช่วยให้ผู้ประกอบการรายย่อยเข้าถึงตลาด ทั้งนี้ มี 6 ประเทศในอาเซียนที่ได้รับวัคซีน", "6 ประเทศ").target).toBe(false);
    expect(fact("คาดว่าจะเปิดให้บริการได้ในปีหน้า ขณะที่การจัดเก็บรายได้ 10 เดือน กว่า 2 ล้านล้านบาท", "10 เดือน").target).toBe(false);
    // โดย gives a forecast's details: they are forecast too.
    expect(fact("เศรษฐกิจไทยปี 2563 คาดว่าจะลดลงร้อยละ 6.0 โดยมูลค่าการส่งออกสินค้าปรับตัวลดลงร้อยละ 7.5", "ร้อยละ 7.5").target).toBe(true);
    // แต่ไม่เกิน: the plan's own cap, in its clause.
    expect(fact("รัฐจะร่วมจ่ายค่าอาหาร เครื่องดื่ม และสินค้าทั่วไปร้อยละ 50 แต่ไม่เกิน 150 บาทต่อคน", "150 บาทต่อคน").target).toBe(true);
    // The same figure restated in brackets in another unit is forecast as it is, and its change after it too
    // (thaigov 2564, ธ.ก.ส.'s forecast of farm prices).
    const sugar = "ธ.ก.ส. คาดการณ์ราคาสินค้าเกษตรในเดือนพฤศจิกายน 2564 โดยสินค้าเกษตรที่มีแนวโน้มราคาปรับตัวลดลง ได้แก่ ข้าวเปลือกเจ้า ราคาอยู่ที่ 8,995 - 9,032 บาท/ตัน น้ำตาลทรายดิบตลาดนิวยอร์ก ราคาอยู่ที่ 15.87 - 16.12 เซนต์/ปอนด์ (10.51 - 10.68 บาท/กก.) ลดลงจากเดือนก่อน ร้อยละ 2.00 - 3.50";
    expect(["10.51 - 10.68 บาท/กก.", "ร้อยละ 2.00 - 3.50"].map((w) => fact(sugar, w).target)).toEqual([true, true]);
    // Hit the goal (เข้าเป้า) is what was achieved (thaigov 2566, a bank's half-year).
    expect(fact("SME D Bank ปลื้มผลการดำเนินงานครึ่งปีแรก 2566 เข้าเป้า! เติมทุน SMEs กว่า 32,000 ลบ.", "32,000 ลบ.").target).toBe(false);
    // Will notify (จะแจ้ง, one word to the segmenter) is a cue as จะ is (thaigov 2564, an MoU's payments).
    expect(fact("และฝ่ายไทยจะแจ้งการได้รับการจ่ายเงินอย่างเป็นทางการภายใน 10 วันทำการ", "10 วัน").target).toBe(true);
    // After (หลัง): what has happened, the plan's reason (thaigov 2566, gem exports).
    const gems = "รัฐบาลเดินหน้าผลักดันไทยสู่ศูนย์กลางอัญมณีโลก หลังส่งออก 4 เดือนโตต่อเนื่อง";
    expect(fact(gems, "4 เดือน").target).toBe(false);
    // A condition after the forecast's figure is its premise, no forecast (thaigov 2568, the private sector's outlook).
    const tariff = "คาดทั้งปี 2568 ขยายตัวในระดับต่ำราว 1.5-2.0% โดยจะเติบโตใกล้เคียง 2.0% หากอัตราภาษีที่ไทยโดนเรียกเก็บยังอยู่ที่ 10% ในครึ่งปีหลัง";
    expect([fact(tariff, "2.0%").target, fact(tariff, "10%").target]).toEqual([true, false]);
    // While, glued after ใน: a trend's growth is what is, and so is the contrast after it (thaigov 2564, dialysis).
    const kidney = "ซึ่งประเทศไทยมีแนวโน้มจำนวนผู้ป่วยโรคไตเพิ่มสูงขึ้นอย่างต่อเนื่อง ด้วยอัตราการเติบโตเฉลี่ย 15-20% ต่อปี ในขณะที่กลับมีอัตราเฉลี่ยใช้เครื่องไตเทียมเพิ่มขึ้นเพียง 6.41% ต่อปี";
    expect(fact(kidney, "6.41%").target).toBe(false);
  });

  test("a cue more than target_reach phrases back is another sentence's; the spaces around a number mark no phrase", () => {
    const far = "ผลตรวจเชื้อจะทราบในระยะต่อไป ส่วนอีก 7 คนอยู่ระหว่างการติดตาม ผู้สัมผัส ใกล้ชิด ร่วมบ้าน ของผู้ป่วย ทั้งหมด 23 คน";
    expect(fact(far, "23 คน").target).toBe(false);
    const list = "โดยคาดหมายว่างานนี้ จะมีผู้ประกอบการเข้าร่วมมากกว่า 500 ราย เกิดการเจรจาจับคู่ธุรกิจมากกว่า 9 ล้านบาท กระตุ้นให้เกิดการประยุกต์ใช้เทคโนโลยีดิจิทัลมากกว่า 450 ราย";
    expect(fact(list, "450 ราย").target).toBe(true);
  });

  test("the former value of a revised goal or forecast (ปรับเป้า … จากเดิม) was a goal too", () => {
    const text = "สภาอุตสาหกรรมปรับเป้าการผลิตรถยนต์ปี 2567 ลงเหลือ 1.5 ล้านคัน จากเดิม 1.7 ล้านคัน";
    expect([fact(text, "1.5 ล้านคัน").target, fact(text, "1.7 ล้านคัน").target]).toEqual([true, true]);
    expect(fact("กลุ่มเป้าหมายหลักในการจัดฝึกอบรมฯ เป็นสหกรณ์จังหวัดจาก 36 จังหวัด", "36 จังหวัด").target).toBe(false);
  });

  test("the actual figure set against a forecast (ใช้จริง) is what was, no target", () => {
    const text = "ผู้ใช้สิทธิ ประมาณการ 5.50 ล้านคน ใช้จริง 4.18 ล้านคน ส่วนต่าง 1.32 ล้านคน";
    expect([fact(text, "5.50 ล้านคน").target, fact(text, "4.18 ล้านคน").target]).toEqual([true, false]);
  });

  test("the level a forecast change starts from is what was, no target", () => {
    const text = "การใช้จ่ายเพื่อการอุปโภคภาครัฐบาล คาดว่าจะขยายตัวร้อยละ 4.7 เร่งขึ้นจากร้อยละ 3.6 ในปี 2563";
    expect(fact(text, "ร้อยละ 4.7").target).toBe(true);
    expect(fact(text, "ร้อยละ 3.6").target).toBe(false);
  });

  test("มุ่งเน้น (to focus on) holds มุ่ง and makes no target", () => {
    const f = fact("โครงการความร่วมมือลุ่มแม่น้ำโขง มุ่งเน้นใน 3 ประเด็น ได้แก่", "3 ประเด็น");
    expect([f.target, f.subject]).toEqual([false, "โครงการความร่วมมือลุ่มแม่น้ำโขง"]);
    expect(fact("กระทรวงมุ่งส่งเสริมเกษตรกร 5,000 ราย", "5,000 ราย").target).toBe(true);
  });

  test("ก่อนที่ … จะ (before it would) is no plan", () => {
    const text = "ก่อนที่แรงงานไทยรายนี้จะเดินทางกลับ ได้ส่งเงินสมทบ มีเงินชราภาพจำนวน 39,559.29 บาท";
    expect(fact(text, "39,559.29 บาท").target).toBe(false);
  });

  test("a period past (ที่ผ่านมา right after a duration) is what was, whatever cue stands before it", () => {
    const text = "จะจัดให้อยู่เฟสเดียวกัน โดยในช่วง 2-3 วันที่ผ่านมา กทม.ได้มีการตรวจ";
    expect(fact(text, "2-3 วัน").target).toBe(false);
    expect(fact("ดร.เฉลิมชัยริเริ่มและจะดำเนินการต่อ ซึ่งประสบความสำเร็จในช่วง1ปีกว่าที่ผ่านมา", "1ปี").target).toBe(false);
    expect(fact("จะจัดให้อยู่เฟสเดียวกัน โดยในช่วง 2-3 วันข้างหน้า กทม.จะตรวจ", "2-3 วัน").target).toBe(true);
    // A horizon ahead (ข้างหน้า, a target_after word) is a plan's or a forecast's, with no cue before it.
    expect(fact("เป็นสัญญาณที่ดีว่า ในระยะ 1-2 ปีข้างหน้า มีการลงทุนจริง", "1-2 ปี").target).toBe(true);
  });

  test("the span of a record (สูงสุดในรอบ 18 ปี) is a length of what was, no plan", () => {
    const text = "เศรษฐกิจไทยจะเผชิญภาวะวิกฤต ตัวเลขหนี้สาธารณะเพิ่มขึ้นทะลุเพดานสูงสุดในรอบ 18 ปี ซึ่งเกิดจากรัฐบาลกู้เงิน";
    expect(fact(text, "18 ปี").target).toBe(false);
  });

  test("a forecasting centre's name (ศูนย์พยากรณ์เศรษฐกิจ) holds no forecast cue", () => {
    const text = "ศูนย์พยากรณ์เศรษฐกิจและธุรกิจ มหาวิทยาลัยหอการค้าไทย เปิดเผยผลสำรวจ พบว่า ครัวเรือนไทยมีภาระหนี้สินเฉลี่ย 740,596 บาท";
    expect(fact(text, "740,596 บาท").target).toBe(false);
    // Nor does คาด "to fasten" (คาดเข็มขัด).
    expect(fact("ไม่สวมหมวกนิรภัย 180 ราย และไม่คาดเข็มขัดนิรภัย 32 ราย", "32 ราย").target).toBe(false);
  });

  test("สัญญาจะซื้อจะขาย is a contract of sale: its จะ is no plan", () => {
    const text = "ผู้ที่ชนะการประมูลต้องวางเงินประกัน พร้อมทำสัญญาจะซื้อจะขายเลือกผลิตภัณฑ์สินเชื่อของ ธอส. ที่ผ่อนได้นานสูงสุดถึง 40 ปี";
    expect(fact(text, "40 ปี").target).toBe(false);
  });

  test("a goal named (เป้าหมาย) governs its value, not what another clause after it reports", () => {
    // thaigov (2563): the cassava income-insurance scheme, its goal, then the first day's transfers.
    const cassava = "วงเงินกว่า 9,500 ล้านบาท เป้าหมายเกษตรกร 524,000 ครัวเรือน ดีเดย์ 1 ธันวาคมนี้ โดยวันแรกได้โอนเงินเข้าบัญชีเกษตรกรที่เปิดไว้กับ ธ.ก.ส. จำนวน 752 ครัวเรือน";
    expect([fact(cassava, "524,000 ครัวเรือน").target, fact(cassava, "752 ครัวเรือน").target]).toEqual([true, false]);
  });

  test("a goal named governs no figure after a new predicate (และมี …) past its value", () => {
    const sales = "ในช่วง 9 เดือนแรกของปี 2566 บริษัทมียอดขายรวม 36,500 ล้านบาท คิดเป็น 73% ของเป้าหมายทั้งปีที่ 50,000 ล้านบาท และมียอดโอนกรรมสิทธิ์ 25,800 ล้านบาท เติบโต 18%";
    expect(["50,000 ล้านบาท", "25,800 ล้านบาท", "18%"].map((f) => fact(sales, f).target)).toEqual([true, false, false]);
    // A relative clause's มี (ที่มีอายุ 18 ปี) is no new predicate: the goal's group goes on.
    const group = "ครอบคลุมกลุ่มเป้าหมาย ประชาชนทั่วไป สัญชาติไทยที่มีอายุ 18 ปีบริบูรณ์ขึ้นไป และไม่เป็นผู้มีบัตรสวัสดิการแห่งรัฐ จำนวนไม่เกิน 28 ล้านคน";
    expect(fact(group, "28 ล้านคน").target).toBe(true);
  });

  test("หนี้สงสัยจะสูญ (doubtful debts) is a bank's term: its จะ no plan", () => {
    const bank = "หนี้ที่ไม่ก่อให้เกิดรายได้ (NPL) 4.27% ของยอดสินเชื่อรวม ตั้งสำรองค่าเผื่อหนี้สงสัยจะสูญ จำนวน 138,452 ล้านบาท คิดเป็น 197.66% ของ NPL";
    expect([fact(bank, "138,452 ล้านบาท").target, fact(bank, "197.66%").target]).toEqual([false, false]);
  });

  test("ใกล้จะ (nearly) says how far along something is: no plan", () => {
    expect(fact("การออกบัตรส่งเสริม ซึ่งเป็นขั้นที่ใกล้จะลงทุนจริงมากที่สุด ก็มีแนวโน้มที่ดี มีโครงการที่ออกบัตรส่งเสริม ทั้งสิ้น 1,490 โครงการ", "1,490 โครงการ").target).toBe(false);
  });

  test("ไม่ว่าจะ (whether) is no plan", () => {
    expect(fact("โดยมีโครงการสำคัญ ไม่ว่าจะเป็น จ.อำนาจเจริญ ในการพัฒนาโครงข่ายถนน 7 โครงการ", "7 โครงการ").target).toBe(false);
  });
});

describe("vetoes", () => {
  test("an ordinal's word glued after a figure takes its unit only when a number follows it", () => {
    // ชุดที่ 25 ปีที่ 2 (a parliament's term and year), เล่ม 132 ตอนที่ 63 (a gazette's volume and part).
    expect(factsOf("การประชุมสภาผู้แทนราษฎร ชุดที่ 25 ปีที่ 2 ครั้งที่ 3 และราชกิจจานุเบกษา เล่ม 132 ตอนที่ 63 ก").map((f) => f.text)).toEqual([]);
    // The unit stays the figure's before ที่ and no number (the people who, the years ago).
    expect(factsOf("ห่วงใยพี่น้องแรงงานทั้ง 302 คนที่จะถูกเลิกจ้าง เป็นครั้งแรกเมื่อ 40 ปีที่แล้ว").map((f) => f.text)).toEqual(["302 คน", "40 ปี"]);
    // Nor does ผู้สูงอายุ (the elderly) hold an age's อายุ that vetoes the count after it.
    expect(fact("แจกเงินหมื่นเฟส 2 ผู้สูงอายุ 3 ล้านคน เงินเข้า 27 ม.ค. 68", "3 ล้านคน").value).toBe(3_000_000);
  });

  test("a hall's or a reception room's number is a place, no count (ฮอลล์, Hall, ห้องรับรอง)", () => {
    // thaigov 2565-2566 (a fair's venue, a ministry's meeting).
    expect(factsOf("งานมหกรรมร่วมใจแก้หนี้ ระหว่างวันที่ 4-6 พฤศจิกายน นี้ ณ อิมแพค ฮอลล์ 5 เมืองทองธานี").filter((f) => f.kind !== "date")).toEqual([]);
    expect(factsOf("เข้าร่วม ที่ห้องรับรอง 222 อาคาร 2 ชั้น 2 กองบัญชาการกองทัพบก").map((f) => f.text)).toEqual([]);
    expect(factsOf("บริเวณ Hall 3 ศูนย์การประชุมแห่งชาติสิริกิติ์").map((f) => f.text)).toEqual([]);
    // Only the hall's own number: a count after it stays one.
    expect(factsOf("ณ ฮอลล์ 5 มีผู้เข้าร่วมงาน 200 คน").map((f) => f.text)).toEqual(["200 คน"]);
  });

  test("the half of the year before keeps its year (ครึ่งหลังของปีก่อน)", () => {
    const text = "1.1 เศรษฐกิจไทยในช่วงครึ่งแรกของปี 2566 ขยายตัวที่ร้อยละ 2.2 ชะลอตัวลงจากช่วงครึ่งหลังของปีก่อนที่ขยายตัวที่ร้อยละ 2.9 โดยการส่งออก";
    expect(fact(text, "ร้อยละ 2.9").year).toBe(2022);
  });

  test("a year before counts from the period reported on, not from a base's own period", () => {
    // Business sentence of our own: 2567 is 2.7%'s base year; the export forecast is 2568's, its base 2567.
    const text = "คาดว่าเศรษฐกิจไทยในปี 2568 จะขยายตัว 2.4% ชะลอลงจาก 2.7% ในปี 2567 ขณะที่การส่งออกจะขยายตัว 1.0% จาก 5.4% ในปีก่อน";
    expect(fact(text, "5.4%").year).toBe(2024);
    expect(fact(text, "2.7%").year).toBe(2024);
  });

  test("a streak of days between a change and its figure is stepped over", () => {
    expect(fact("ราคาทองคำปรับขึ้นต่อเนื่องเป็นวันที่ 3 อีก 150 บาท", "150 บาท").change).toBe("increase");
  });

  test("after วันที่ only what can be a day of the month is vetoed", () => {
    // Intraday (ระหว่างวัน) at (ที่): a decimal after it is an amount (business sentence of our own).
    expect(fact("ประเมินกรอบการเคลื่อนไหวระหว่างวันที่ 34.45-34.65 บาทต่อดอลลาร์", "34.45-34.65 บาทต่อดอลลาร์").value_max).toBe(34.65);
    expect(factsOf("ระหว่างวันที่ 3-9 คน").map((f) => f.text)).toEqual([]);
    expect(factsOf("ณ วันที่ 15 ราย").map((f) => f.text)).toEqual([]);
  });

  test("a list item after a veto cue is named like the first", () => {
    expect(factsOf("คาดว่าจะส่งมอบได้ภายในไตรมาส 3 หรือ 4 ปีหน้า")).toEqual([]);
    expect(fact("ผู้ตอบแบบสอบถาม อันดับ 1 ร้อยละ 78.38 เห็นว่า", "ร้อยละ 78.38").value).toBe(78.38);
  });

  test("a two-digit Buddhist-era year after ปี is the year, never a count", () => {
    expect(factsOf("ปี 68 บริษัทวางแผนลงทุน 5,000 ล้านบาท").map((f) => f.text)).toEqual(["5,000 ล้านบาท"]);
    expect(factsOf("ขยายระยะเวลาพักชำระหนี้เงินต้นยาวถึงสิ้นปี 64 คู่เติมทุนเสริมสภาพคล่อง")).toEqual([]);
    // Not a year of the last three decades or the next: a count.
    expect(fact("ในปี 20 ราย", "20 ราย").value).toBe(20);
  });

  test("a four-digit year (Buddhist era or Gregorian) glued to the next word is a year, never a count", () => {
    expect(factsOf("เนื่องในโอกาสวันต้นไม้ประจำปีของชาติ 2564 กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม")).toEqual([]);
    expect(factsOf("ส่งเสริมผ้าไทยในระดับนานาชาติผ่านการประชุมเอเปค 2022 ครั้งนี้")).toEqual([]);
    // A count that large carries a comma.
    expect(fact("มีผู้เข้าร่วม 2,564 คน", "2,564 คน").value).toBe(2564);
  });

  test("a road's kilometre mark is a place, not a count", () => {
    expect(factsOf("บริเวณถนนมิตรภาพ (ขาเข้า) กิโลเมตรที่ 13-14 อำเภอบ้านแฮด จ.ขอนแก่น")).toEqual([]);
    // A chainage after the kilometre (84+215); a plus alone is a sum, and its figure stays.
    expect(factsOf("ทางหลวงหมายเลข 107 บริเวณ กม. ที่ 84+215 จังหวัดเชียงใหม่")).toEqual([]);
    expect(fact("เปิด รพ.สนามรองรับได้ ๒๐๐+๖๐๐ คน", "๖๐๐ คน").value).toBe(600);
  });

  test("only a count's classifier has a noun glued after it: another unit's tail is no subject", () => {
    expect(fact("จำหน่ายได้ในราคาเพียง 45,000 บาทเท่านั้น ส่วนทรัพย์", "45,000 บาท").subject ?? "").not.toContain("บาท");
    expect(fact("ได้แก่ 3 กลุ่มสินค้าเป้าหมาย คือ ผลไม้", "3 กลุ่ม").subject).toBe("กลุ่มสินค้าเป้าหมาย");
  });

  test("a whole number written with a leading zero is a code's digits, no figure", () => {
    expect(factsOf("ณ ห้องแถลงข่าว ๒ - ๐๑ กระทรวงยุติธรรม")).toEqual([]);
    expect(factsOf("รมช. เดินหน้ามอบหนังสือ ส.ป.ก.4 – 01 จังหวัด ตรัง")).toEqual([]);
    expect(fact("วงเงิน 0.5 ล้านบาท", "0.5 ล้านบาท").value).toBe(500000);
  });

  test("a number split by a space is flagged, not misread", () => {
    for (const [text, written] of [["ดัชนีหดตัวร้อยละ 5. 01 เมื่อเทียบกับปีก่อน", "5. 01"], ["ข้าวหอมมะลิ 11,726 .91 บาท", "11,726 .91"]] as const) {
      const { facts, warnings } = extractFacts(text, builtinRules(), segmenter);
      expect(facts).toEqual([]);
      expect(warnings.map((w) => [w.code, w.message.includes(written)])).toEqual([["SPLIT_NUMBER", true]]);
    }
    expect(fact("ร้อยละ 5.01 และ 2 ราย", "ร้อยละ 5.01").value).toBe(5.01);
    // A group of thousands after a comma and a space is the number's end, flagged too.
    const { facts, warnings } = extractFacts("คิดเป็นร้อยละ 60 ของประชากร หรือประมาณ 420, 000 คน", builtinRules(), segmenter);
    expect(facts.map((f) => f.text)).toEqual(["ร้อยละ 60"]);
    expect(warnings.map((w) => [w.code, w.message.includes("420, 000")])).toEqual([["SPLIT_NUMBER", true]]);
  });

  test("a time word in the subjects' lexicons leaves a duration before it whole", () => {
    expect(fact("จะเพิ่มเป็น 1,000 เตียง ภายใน 1-2 วันนี้ โรงพยาบาล", "1-2 วัน").kind).toBe("duration");
  });

  test("a grade is a name", () => {
    expect(factsOf("ราคาเส้นไหมเกรด 1 สัปดาห์นี้เฉลี่ย").filter((f) => f.kind === "duration")).toEqual([]);
  });
});

describe("business news: market reports, targets, forecasts", () => {
  test("จดทะเบียน first in its chunk is what the noun before did; glued after a noun it names it", () => {
    const bev = "ขณะที่รถยนต์ไฟฟ้าแบตเตอรี่ (BEV) จดทะเบียนใหม่ 5,732 คัน เพิ่มขึ้นร้อยละ 28.2";
    expect(fact(bev, "5,732 คัน").subject).toMatch(/^รถยนต์ไฟฟ้าแบตเตอรี่/);
    // From the corpus.
    expect(fact("และในปี 2564 มีนิติบุคคลธุรกิจโลจิสติกส์ จดทะเบียนจัดตั้งใหม่ 207 ราย", "207 ราย").subject).toBe("นิติบุคคลธุรกิจโลจิสติกส์");
    expect(fact("ส่วนจำนวนรถบรรทุกจดทะเบียนใหม่ ขยายตัวร้อยละ 9.4", "ร้อยละ 9.4").subject).toMatch(/รถบรรทุกจดทะเบียนใหม่/);
  });

  test("a respectively list's names are joined by a joint of its own; one glued inside a name stays in it", () => {
    // From the economic sample.
    const goods = "สินค้าที่ขยายตัว อาทิ เครื่องโทรสาร โทรศัพท์ อุปกรณ์และส่วนประกอบ และเครื่องปรับอากาศและส่วนประกอบที่ขยายตัวร้อยละ 34.6 และ 25.5 ตามลำดับ";
    expect([fact(goods, "ร้อยละ 34.6").subject, fact(goods, "25.5").subject]).toEqual(["อุปกรณ์และส่วนประกอบ", "เครื่องปรับอากาศและส่วนประกอบ"]);
    const japan = "ขณะที่ญี่ปุ่นและสหภาพยุโรป หดตัวร้อยละ 1.9 และร้อยละ 4.4 ตามลำดับ";
    expect([fact(japan, "ร้อยละ 1.9").subject, fact(japan, "ร้อยละ 4.4").subject]).toEqual(["ญี่ปุ่น", "สหภาพยุโรป"]);
  });

  test("a clause set beside the one before (ขณะที่) parallels the last figure of its own kind and unit, not the last figure", () => {
    const arrivals = "ทั้งนี้ กระทรวงฯ ตั้งเป้าว่าทั้งปี 2567 จะมีนักท่องเที่ยวต่างชาติไม่น้อยกว่า 35 ล้านคน สร้างรายได้รวม 1.7 ล้านล้านบาท ขณะที่ปี 2568 ตั้งเป้าเพิ่มขึ้นเป็น 39 ล้านคน";
    expect(fact(arrivals, "39 ล้านคน").subject).toBe("นักท่องเที่ยวต่างชาติ");
    // Cue words only, with no clause set beside: the figure before's (a prize's money, then its count).
    const prizes = "รางวัลที่ 1 เป็นเงินรางวัล 70,000 บาท จำนวน 1 รางวัล รางวัลที่ 2 เป็นเงินรางวัล 50,000 บาท จำนวน 1 รางวัล";
    expect(factsOf(prizes).filter((f) => f.text === "1 รางวัล").map((f) => f.subject)).toEqual(["รางวัลที่ 1", "รางวัลที่ 2"]);
  });

  test("a wrap's intraday high is the index's (ระหว่างวัน is a word of time); ต่ำสุด alone names nothing, in a longer phrase it stays", () => {
    const wrap = "ปิดตลาดวันนี้ที่ระดับ 1,452.37 จุด ปรับตัวลดลง 8.45 จุด หรือ -0.58% ระหว่างวันดัชนีขึ้นไปแตะระดับ 1,463.10 จุด และลงไปต่ำสุดที่ 1,449.82 จุด";
    expect(fact(wrap, "1,463.10 จุด").subject).toBe("ดัชนี");
    expect(fact(wrap, "1,449.82 จุด").subject).not.toBe("ต่ำสุด");
    // From the corpus: the lowest price of an auction is of what is priced.
    expect(fact("โดยทรัพย์ที่มีราคาต่ำสุด มีราคาเพียง 75,000 บาท เท่านั้น", "75,000 บาท").subject).toMatch(/ราคา/);
  });

  test("the level before an event (ระดับก่อนเกิดโควิด-19 ในปี 2562) is a base: its year dates only its own figure, which measures what is compared with it", () => {
    const hotels = "อัตราการเข้าพักเฉลี่ยของโรงแรมทั่วประเทศในเดือนพฤศจิกายน 2567 อยู่ที่ 76% ใกล้เคียงกับระดับก่อนเกิดโควิด-19 ในปี 2562 ที่ 78% ขณะที่ราคาห้องพักเฉลี่ยปรับตัวขึ้น 8-10%";
    expect(fact(hotels, "78%")).toMatchObject({ year: 2019, subject: "อัตราการเข้าพักเฉลี่ยของโรงแรม" });
    expect(fact(hotels, "8-10%").year).toBe(2024);
    // The gap from such a level: a fall, of what the figure before measures.
    const income = "รายได้จากการท่องเที่ยวจะฟื้นตัวเล็กน้อย มาอยู่ที่ 1.24 ล้านล้านบาท ยังต่ำกว่าช่วงก่อนเกิดโควิดถึง 59%";
    expect(fact(income, "59%")).toMatchObject({ change: "decrease", subject: "รายได้จากการท่องเที่ยว" });
    // A phrase that only says what a figure is compared with names nothing (เมื่อเทียบกับ…).
    const land = "ดัชนีราคาที่ดินเปล่าก่อนการพัฒนาเพิ่มขึ้นร้อยละ 5.2 เมื่อเทียบกับช่วงเวลาเดียวกันของปีก่อน (YoY) และขยายตัวเฉลี่ยร้อยละ 4.1 ต่อไตรมาส";
    expect(fact(land, "ร้อยละ 4.1").subject).toBe("ดัชนีราคาที่ดินเปล่าก่อนการพัฒนา");
  });

  test("towards (สู่), since (นับตั้งแต่) and close to (ใกล้เคียงกับ) name no subject", () => {
    expect(fact("กนง. จะลดอัตราดอกเบี้ยนโยบายอีก 2 ครั้ง สู่ระดับ 1.50%", "1.50%").subject).not.toBe("สู่");
    expect(fact("นับตั้งแต่ต้นปี 2568 ดัชนีปรับตัวลงแล้ว 3.4%", "3.4%").subject).toBe("ดัชนี");
    expect(fact("อัตราการว่างงานเท่ากับ 1.90 ใกล้เคียงกับร้อยละ 1.95 จากไตรมาสที่แล้ว", "ร้อยละ 1.95").subject).toBe("อัตราการว่างงาน");
  });

  test("a market wrap's points after a support, a resistance or a rebound are the index's, and moves after แล้ว or ในช่วง are changes", () => {
    expect(fact("หุ้นไทยรีบาวด์ 18 จุด ต่างชาติกลับมาซื้อสุทธิ", "18 จุด")).toMatchObject({ kind: "quantity", change: "increase" });
    expect(fact("ประเมินดัชนีวันพรุ่งนี้มีแนวรับ 1,340 จุด และแนวต้าน 1,365 จุด", "1,365 จุด").kind).toBe("quantity");
    expect(fact("นับตั้งแต่ต้นปี 2568 ดัชนีปรับตัวลงแล้ว 3.4%", "3.4%").change).toBe("decrease");
    expect(fact("ในปี 2568 จะขยายตัวในช่วง 2.3-3.3%", "2.3-3.3%").change).toBe("increase");
    // Slowed (ชะลอตัว): below zero a fall, above it growth that slowed, no size of a change.
    expect(fact("ผลผลิตภาคเกษตรชะลอตัวที่ร้อยละ -8.6 ต่อปี", "ร้อยละ -8.6").change).toBe("decrease");
    expect(fact("การบริโภคภาคเอกชนชะลอตัวลงมาอยู่ที่ร้อยละ 2.1", "ร้อยละ 2.1").change).toBeUndefined();
    // The level it slowed to, below zero, is a fall, ลง and มา between (corpus: a regional economic report).
    const cars = "จำนวนรถยนต์นั่งจดทะเบียนใหม่ และจำนวนรถจักรยานยนต์จดทะเบียนใหม่ ชะลอตัวลงมาอยู่ที่ร้อยละ -33.2 -7.3 และ -17.3 ต่อปี ตามลำดับ";
    expect([fact(cars, "ร้อยละ -33.2").change, fact(cars, "-17.3").change]).toEqual(["decrease", "decrease"]);
    // A level after a rise word that is no growth verb stays a level (เพิ่มขึ้นมาอยู่ที่: rose to).
    expect(fact("สัดส่วนหนี้ต่อ GDP เพิ่มขึ้นมาอยู่ที่ร้อยละ 60.5", "ร้อยละ 60.5").change).toBeUndefined();
    // Is in the range of (อยู่ในช่วง), as the plan's growth forecasts put it (thaigov 49734).
    expect(fact("คาดว่า GDP จะขยายตัวอยู่ในช่วงร้อยละ 2.9 – 3.9 (ค่ากลางร้อยละ 3.4)", "ร้อยละ 2.9 – 3.9").change).toBe("increase");
    expect(fact("DELTA ปิดที่ 148.50 บาท บวก 6.50 บาท หรือ 4.58%", "6.50 บาท").change).toBe("increase");
    // A place where something is counted stays a count.
    expect(fact("อพยพไปในพื้นที่ปลอดภัย จำนวน 6 จุด", "6 จุด").kind).toBe("count");
  });

  test.each([
    ["ดัชนีตลาดหลักทรัพย์แห่งประเทศไทย (SET) ปิดที่ 1,385.65 จุด ลดลง 12.34 จุด", "1,385.65 จุด", "ดัชนีตลาดหลักทรัพย์แห่งประเทศไทย (SET)"],
    ["CPALL โชว์กำไร Q3/67 แตะ 6,288 ลบ. โต 31%", "6,288 ลบ.", "กำไร"],
    ["ททท. ตั้งเป้าหมายนักท่องเที่ยวต่างชาติทั้งปี 2567 ไว้ที่ 36 ล้านคน", "36 ล้านคน", "นักท่องเที่ยวต่างชาติ"],
    ["บริษัทตั้งเป้ารายได้ปี 2568 ที่ 33,000 ล้านบาท", "33,000 ล้านบาท", "รายได้"],
    ["ขณะที่ที่อยู่อาศัยเหลือขายในกรุงเทพฯ 215,500 หน่วย", "215,500 หน่วย", "ที่อยู่อาศัยเหลือขายในกรุงเทพฯ"],
    ["องค์การส่งเสริมกิจการโคนมแห่งประเทศไทย (อ.ส.ค.) จะรับซื้อน้ำนมดิบ 40 ตัน", "40 ตัน", "น้ำนมดิบ"],
    ["โรงไฟฟ้าจังหวัดระยอง ผลิตไฟฟ้า 162 เมกะวัตต์", "162 เมกะวัตต์", "ไฟฟ้า"],
    ["ราคายางพาราแผ่นดิบ ตลาดกลางหาดใหญ่ ปิดที่ กก.ละ 64.50 บาท", "64.50 บาท", "ราคายางพาราแผ่นดิบ"],
    ["ทั้งนี้ เมื่อรวมกับวงเงินตามสิทธิที่มีอยู่เดิม 3,000 บาท", "3,000 บาท", "วงเงินตามสิทธิ"],
    ["เป้าหมายที่ตั้งไว้ในปีงบประมาณ พ.ศ. 2563 ที่ร้อยละ 50", "ร้อยละ 50", "เป้าหมาย"],
    ["ยอดขายสาขาเดิม (SSSG) ของ HMPRO ในไตรมาส 3 ติดลบ 4.5%", "4.5%", "ยอดขายสาขาเดิม (SSSG) ของ HMPRO"],
  ])("%s: %s is of %s", (text, written, subject) => {
    expect(fact(text, written).subject).toBe(subject);
  });

  test.each([
    ["ราคาทองคำขยับขึ้น 100 บาท", "100 บาท", "increase"],
    ["เงินบาทแข็งค่าขึ้น 0.15 บาท", "0.15 บาท", "increase"],
    ["ราคาทองปรับลดลง 200 บาท", "200 บาท", "decrease"],
    ["ที่เพิ่มขึ้นระหว่าง 2.4 ถึง 4.9 จุด ซึ่งน่าจะเป็นผลมาจาก", "2.4 ถึง 4.9 จุด", "increase"],
    ["กนง. มีมติให้ลดอัตราดอกเบี้ยนโยบายลง 0.25% จาก 2.50%", "0.25%", "decrease"],
    ["รัฐบาลลดนำส่งเงินสมทบลง 189 ล้านบาท", "189 ล้านบาท", "decrease"],
    ["ดัชนีผลผลิตอุตสาหกรรม 10 เดือนแรกหดตัวเฉลี่ย 1.67%", "1.67%", "decrease"],
  ])("%s: %s is an %s", (text, written, change) => {
    expect(fact(text, written).change).toBe(change);
  });

  test("the period a change is measured from is no subject: the phrase before the change is", () => {
    const cars = "ยอดผลิตรถยนต์เดือน ต.ค. 67 อยู่ที่ 120,000 คัน ลดลงจากเดือนเดียวกันของปีก่อน 28.4%";
    expect([fact(cars, "28.4%").subject, fact(cars, "28.4%").change]).toEqual(["ยอดผลิตรถยนต์", "decrease"]);
    const profit = "กำไรลดลงจากงวดเดียวกันของปีก่อนหน้า 12%";
    expect([fact(profit, "12%").subject, fact(profit, "12%").change]).toEqual(["กำไร", "decrease"]);
  });

  test("ปีก่อน with no year to count from names a year the text does not give", () => {
    const text = "กำไรสุทธิ 25,000 ล้านบาท เพิ่มขึ้น 18% เมื่อเทียบกับงวดเดียวกันของปีก่อนที่มีกำไร 21,267 ล้านบาท";
    const base = fact(text, "21,267 ล้านบาท");
    expect([base.year, base.subject]).toEqual([undefined, "กำไร"]);
    expect(fact("ผลประกอบการปี 2567\nกำไรเพิ่มขึ้นจากปีก่อนที่มีกำไร 500 ล้านบาท", "500 ล้านบาท").year).toBe(2023);
  });

  test("a period linked after a figure through ณ สิ้น is its year", () => {
    expect(fact("ปัจจุบันมีสาขาทั้งหมด 15,049 สาขา ณ สิ้นไตรมาส 3/67", "15,049 สาขา").year).toBe(2024);
  });

  test("the quarter or month before the one reported on, or the same a year before, is of its own year, and governs nothing", () => {
    const q1 = "เศรษฐกิจไทยในไตรมาสแรกของปี 2565 ขยายตัวร้อยละ 2.2 เร่งขึ้นจากการขยายตัวร้อยละ 1.8 ในไตรมาสก่อนหน้า ส่วนการส่งออกขยายตัวร้อยละ 5.0";
    expect([fact(q1, "ร้อยละ 2.2").year, fact(q1, "ร้อยละ 1.8").year, fact(q1, "ร้อยละ 5.0").year]).toEqual([2022, 2021, 2022]);
    const january = "อัตราเงินเฟ้อเดือนมกราคม 2564 ลดลงร้อยละ 0.34 (YoY) เป็นการหดตัวต่อเนื่องจากร้อยละ 0.27 ในเดือนก่อนหน้า";
    expect(fact(january, "ร้อยละ 0.27").year).toBe(2020);
    const q3 = "เศรษฐกิจไทยในไตรมาสที่ 3 ปี 2565 ขยายตัวร้อยละ 4.5 เร่งขึ้นจากร้อยละ 2.5 ในไตรมาสก่อนหน้า";
    expect(fact(q3, "ร้อยละ 2.5").year).toBe(2022);
    // The same quarter a year before: of the year before the reported period's, not the text's.
    const q4 = "สรุปข่าวการประชุมคณะรัฐมนตรี 21 กุมภาพันธ์ 2566\n1. ภาวะเศรษฐกิจไทยในไตรมาสที่สี่ของปี 2565\n"
      + "อัตราการเบิกจ่ายในไตรมาสนี้อยู่ที่ร้อยละ 34.1 (สูงกว่าร้อยละ 21.4 ในไตรมาสก่อนหน้า แต่ต่ำกว่าร้อยละ 35.0 ในไตรมาสเดียวกันของปีก่อน)";
    expect([fact(q4, "ร้อยละ 34.1").year, fact(q4, "ร้อยละ 21.4").year, fact(q4, "ร้อยละ 35.0").year]).toEqual([2022, 2022, 2021]);
  });

  test("a section's numbered heading names the period of the paragraphs below it that nothing else dates", () => {
    const summary = "สรุปข่าวการประชุมคณะรัฐมนตรี 2 กุมภาพันธ์ 2564\nวันอังคารที่ 2 กุมภาพันธ์ 2564\n"
      + "16. เรื่อง แผนการดำเนินงานปี 2564\nคณะรัฐมนตรีเห็นชอบแผน\n"
      + "17. เรื่อง รายงานสถานการณ์การส่งออกของไทย เดือนพฤศจิกายน 2563\nคณะรัฐมนตรีรับทราบตามที่กระทรวงพาณิชย์เสนอ ดังนี้\n"
      + "1. สรุปสถานการณ์การส่งออก\n1.1 มูลค่าการส่งออกสินค้าเกษตรและอุตสาหกรรมเกษตร ขยายตัวร้อยละ 22.4 สินค้าที่ขยายตัวดี ได้แก่ ยางพารา ขยายตัวร้อยละ 22.7\n"
      + "18. เรื่อง ขออนุมัติโครงการพัฒนาแหล่งน้ำ\nคณะรัฐมนตรีอนุมัติโครงการ จำนวน 12 โครงการ";
    expect(fact(summary, "ร้อยละ 22.7").year).toBe(2020);
    // The next agenda item is its own section: the heading above it is another's (the period its
    // article opens with dates it).
    expect(fact(summary, "12 โครงการ").year).toBe(2021);
    // A bound, a rule's limit, is of no period.
    const bound = "สรุปข่าว\nวันอังคารที่ 2 กุมภาพันธ์ 2564\n2. แผนการลงทุนปี 2564\nทั้งนี้ ให้ส่วนราชการใช้จ่ายได้ไม่เกิน 1,000 ล้านบาท";
    expect(fact(bound, "1,000 ล้านบาท").year).toBeUndefined();
  });

  test("a base's figure restated after หรือ and a qualifier (หรือราว) is of the base's year too", () => {
    const text = "ตลาดจะมีมูลค่า 800 ล้านบาท ในปี 2573 เพิ่มขึ้น 45% จากในปี 2565 ที่มีมูลค่า 120 ล้านดอลลาร์ หรือราว 4,000 ล้านบาท";
    expect([fact(text, "800 ล้านบาท").year, fact(text, "120 ล้านดอลลาร์").year, fact(text, "4,000 ล้านบาท").year]).toEqual([2030, 2022, 2022]);
  });

  test("a count of kinds, parts or parties, or all of a known set, takes a year only from its own clause", () => {
    const plan = "ผลการดำเนินงานในปี 2564 มีผู้มาใช้บริการ 500 คน โดยดําเนินการ 3 แนวทาง ดังนี้ 3.1 เร่งรัดการฟื้นฟู";
    expect([fact(plan, "500 คน").year, fact(plan, "3 แนวทาง").year]).toEqual([2021, undefined]);
    const fair = "งานมหกรรมวัฒนธรรมปี 2565 มีผู้เข้าชมงานกว่า 50,000 คน โดยมีการแสดงศิลปวัฒนธรรมพื้นบ้านจากทั้ง 20 จังหวัด";
    expect([fact(fair, "50,000 คน").year, fact(fair, "20 จังหวัด").year]).toEqual([2022, undefined]);
    // In its own clause, the year is its own.
    expect(fact("ในปี 2563 สมาคมฯ มีมติกำหนด 6 มาตรการ ปฏิรูปยางพารา", "6 มาตรการ").year).toBe(2020);
    // โดยมี is one word to the segmenter, and a clause start as โดย is.
    const farms = "กรมส่งเสริมการเกษตรกำลังขยายการส่งเสริมการเลี้ยงจิ้งหรีดโดยมีฟาร์มจิ้งหรีดกว่า 2 หมื่นฟาร์ม";
    expect(fact(farms, "2 หมื่นฟาร์ม").subject).toBe("ฟาร์มจิ้งหรีด");
    const checks = "ผลการตรวจประเมินปี 2564 ผ่านเกณฑ์ 120 แห่ง โดยมีขอบข่ายการทดสอบ 2 ด้าน ได้แก่ การผ่าน";
    expect([fact(checks, "120 แห่ง").year, fact(checks, "2 ด้าน").year]).toEqual([2021, undefined]);
    // After a goal's cue, such a count is how many goals there are, no goal's value.
    expect(fact("ขณะที่เป้าหมายหลักของการพัฒนามี 5 ประการ ได้แก่ การปรับโครงสร้าง", "5 ประการ").target).toBe(false);
    expect(fact("ตั้งเป้าหมายรายได้ 5,000 ล้านบาท", "5,000 ล้านบาท").target).toBe(true);
    // Kinds of disease and strains (ผู้มีโรคประจำตัว 7 โรค, 2 สายพันธุ์) are a group's definition, no figure of a period.
    const risk = "ในปี 2565 ฉีดวัคซีนแล้ว 500 คน ทั้งนี้ กลุ่มเสี่ยง 608 ได้แก่ ผู้สูงอายุ ผู้มีโรคประจำตัว 7 โรค และหญิงตั้งครรภ์";
    expect([fact(risk, "500 คน").year, fact(risk, "7 โรค").year]).toEqual([2022, undefined]);
    expect(fact("ในปี 2565 พบผู้ป่วย 300 ราย โดยมีการกลายพันธุ์ 2 สายพันธุ์ย่อย", "2 สายพันธุ์").year).toBeUndefined();
    // Cases or forms a period saw filed are no make-up: เรื่อง and ฉบับ are not such classifiers.
    expect(fact("ในปี 2564 ศูนย์ฯ ได้รับแจ้งข้อมูล จำนวน 231 เรื่อง", "231 เรื่อง").year).toBe(2021);
  });

  test("the level a change went from, to a level after it, has no year but one of its own; a former level revised keeps the period's", () => {
    const rise = "การส่งออกสินค้าปศุสัตว์ของไทย ช่วง 11 เดือนของปี 2565\n2) สินค้า (Non-frozen) เพิ่มขึ้นจาก 23,135 ล้านบาท เป็น 25,650 ล้านบาท หรือ 11 %";
    expect([fact(rise, "23,135 ล้านบาท").year, fact(rise, "25,650 ล้านบาท").year]).toEqual([undefined, 2022]);
    const revised = "ปีงบประมาณ 2563 ปรับลดวงเงินงบประมาณจากเดิม 1,230.9654 ล้านบาท เป็น 1,030.9654 ล้านบาท";
    expect(fact(revised, "1,230.9654 ล้านบาท").year).toBe(2020);
    const own = "รายได้ในปี 2565 เพิ่มขึ้นจาก 450 ล้านบาทในปี 2564 เป็น 500 ล้านบาท";
    expect(fact(own, "450 ล้านบาท").year).toBe(2021);
  });

  test("a year after its era marker with the spaces a PDF leaves (พ.ศ.  2566) is read as with one", () => {
    const text = "3. งบประมาณขาดดุล จำนวน 593,000  ล้านบาท  ลดลงจากปีงบประมาณ พ.ศ.  2566  จำนวน 102,000 ล้านบาท";
    expect(fact(text, "102,000 ล้านบาท")).toMatchObject({ subject: "งบประมาณ" });
    expect(fact("ปีงบประมาณ พ.ศ.  2566 มีผู้มาใช้บริการ 500 คน", "500 คน").year).toBe(2023);
  });

  test("a range's midpoint (ค่ากลาง) restates the range: it takes the range's change", () => {
    const gdp = "คาดว่า ผลิตภัณฑ์มวลรวมในประเทศ (Gross Domestic Product: GDP) จะขยายตัวอยู่ในช่วงร้อยละ 3.2 – 4.2 (ค่ากลางร้อยละ 3.7) และ GDP Deflator อยู่ในช่วงร้อยละ 0.7 – 1.7 (ค่ากลางร้อยละ 1.2)";
    expect([fact(gdp, "ร้อยละ 3.2 – 4.2").change, fact(gdp, "ร้อยละ 3.7").change]).toEqual(["increase", "increase"]);
    // A level's range has none, nor has its midpoint.
    expect(fact(gdp, "ร้อยละ 1.2").change).toBeUndefined();
  });

  test("an amount right after a base's ที่ (เพิ่มขึ้นจากเดือนก่อนที่ 2.5 ล้านคน) is the level the rise started from, a percentage there its size", () => {
    const tourists = "จำนวนนักท่องเที่ยวต่างชาติในเดือนนี้อยู่ที่ 2.8 ล้านคน เพิ่มขึ้นจากเดือนก่อนที่ 2.5 ล้านคน";
    expect(fact(tourists, "2.5 ล้านคน").change).toBeUndefined();
    const trade = "มูลค่าการค้าระหว่างกันเพิ่มขึ้นจากในปี พ.ศ. 2527 ที่ 97,900 ล้านดอลลาร์สหรัฐ";
    expect(fact(trade, "97,900 ล้านดอลลาร์สหรัฐ").change).toBeUndefined();
    const index = "ดัชนีผลผลิตอุตสาหกรรม เดือนมกราคมปี 2565 ขยายตัวจากช่วงเดียวกันของปีก่อนที่ร้อยละ 1.04";
    expect(fact(index, "ร้อยละ 1.04").change).toBe("increase");
  });

  test("a change before a pace (ขยายตัวในเกณฑ์ดี) is the figure's", () => {
    expect(fact("การอุปโภคบริโภคภาคเอกชนขยายตัวในเกณฑ์ดีร้อยละ 5.7", "ร้อยละ 5.7").change).toBe("increase");
  });

  test("a period linked after a figure through ในช่วง (during) is its year", () => {
    const text = "สัดส่วนหดตัวที่ร้อยละ 34.2 ในปี 2563 และร้อยละ 34.5 ในช่วงครึ่งปีแรกของปี 2564 ซึ่งต่ำกว่าค่าเป้าหมาย";
    expect([fact(text, "ร้อยละ 34.2").year, fact(text, "ร้อยละ 34.5").year]).toEqual([2020, 2021]);
  });

  test("a forecast revised down or up (ปรับลดประมาณการ, one word) is a target, and so is the level it is revised from", () => {
    const text = "ที่ประชุมได้ปรับลดประมาณการขยายตัวทางเศรษฐกิจ (จีดีพี) ปีนี้ลงเหลือ 1.5% จากเดิมที่ 2.7% ทั้งนี้";
    expect([fact(text, "1.5%").target, fact(text, "2.7%").target]).toEqual([true, true]);
    expect(fact("สศค. ปรับเพิ่มประมาณการการส่งออกเป็น 3.5%", "3.5%").target).toBe(true);
  });

  test("next week and next month are not yet: their figures are targets", () => {
    expect(fact("นักวิเคราะห์ประเมินแนวรับสัปดาห์หน้า 1,450 จุด", "1,450 จุด").target).toBe(true);
    expect(fact("นายกฯ เล็งชง ครม. สัปดาห์หน้า พิจารณาเงินช่วยเหลือ 3,500 บาท", "3,500 บาท").target).toBe(true);
    // ปีหน้า stays out of the dictionary: ระยะ 2 ปีหน้า keeps its duration.
    expect(fact("ให้ความสำคัญเป็นพิเศษในระยะ 2 ปีหน้า", "2 ปี").kind).toBe("duration");
  });

  test("น่าจะ (likely to) is a forecast", () => {
    expect(fact("โดย EEC น่าจะขยายตัวได้ 7-9% ต่อปี", "7-9%").target).toBe(true);
  });
});

describe("subject", () => {
  test("a length that opens its line or a quotation is the age of what is named after it", () => {
    // thaigov 2564-2566 headlines (a ministry's founding day, a state enterprise's).
    expect(fact("๑๓๔ ปี กระทรวงกลาโหม\nวันพฤหัสบดีที่ 8 เมษายน 2564", "๑๓๔ ปี").subject).toBe("กระทรวงกลาโหม");
    expect(fact("ร่วมแสดงความยินดี\n“76 ปี องค์การอุตสาหกรรมป่าไม้ สร้างสรรค์", "76 ปี").subject).toBe("องค์การอุตสาหกรรมป่าไม้");
    // A quoted title it opens after other words: the title names what is that old (thaigov 2563, 2566).
    expect(fact("ปกท.ทส. ร่วมแสดงความยินดี  “76 ปี องค์การอุตสาหกรรมป่าไม้ สร้างสรรค์สวนป่าเศรษฐกิจ”", "76 ปี").subject).toBe("องค์การอุตสาหกรรมป่าไม้");
    expect(fact("กระทรวงมหาดไทย จัดนิทรรศการ “89 ปี รัฐธรรมนูญไทย ภายใต้การปกครอง”", "89 ปี").subject).toBe("รัฐธรรมนูญไทย");
    // Not a quotation that closes before it, nor a length inside a quote after other words.
    expect(fact("โครงการ “ยิ้มสู้” ระยะเวลา 3 ปี พัฒนาชุมชน", "3 ปี").subject).not.toBe("พัฒนาชุมชน");
    // Not what is glued after it: more of the length.
    expect(fact("ใกล้บ้าน”\n.\n6 เดือนนับจากนี้ (เม.ย.-ก.ย.)", "6 เดือน").subject).toBeUndefined();
  });

  test("a relative clause after a classifier and its ordinal (5 ประเทศแรกที่…) says which are counted; not after a rank's unit", () => {
    // thaigov 2565 (tourism revenue, then the first five countries), our own words for the rank.
    const tourists = "มีรายได้จากนักท่องเที่ยวสะสมแล้วกว่า 1.13 แสนล้านบาท โดย 5 ประเทศแรกที่มีจำนวนนักท่องเที่ยวเดินทางเข้าไทยสูงสุด ได้แก่";
    expect(fact(tourists, "5 ประเทศ").subject).toBe("ประเทศแรกที่มีจำนวนนักท่องเที่ยวเดินทางเข้าไทยสูงสุด");
    expect(fact("โดยนักท่องเที่ยวต่างชาติ 5 อันดับแรกที่เดินทางเข้าไทย ได้แก่", "5 อันดับ").subject).toBe("นักท่องเที่ยวต่างชาติ");
  });

  test("a share after a figure or opening its clause is of the part named after it (อยู่ใน, มาจาก), not the figure before's", () => {
    // A housing survey's list by province (thaigov 2567's form), each part named after its share.
    const homes = "ร้อยละ 62.2 เป็นที่อยู่อาศัยเสนอขายในจังหวัดเชียงใหม่ โดยมีจำนวน 10,507 หน่วย มูลค่ารวม 45,556 ล้านบาท ร้อยละ 16.3 อยู่ในจังหวัดเชียงราย จำนวน 2,758 หน่วย";
    expect(fact(homes, "ร้อยละ 16.3").subject).toBe("จังหวัดเชียงราย");
    expect(fact("นักท่องเที่ยวต่างชาติ 1 ล้านคน ทั้งนี้ ร้อยละ 90 มาจากจีน", "ร้อยละ 90").subject).toBe("จีน");
    // A phrase before it names the share: what follows says where it comes from.
    expect(fact("ผู้ติดเชื้อร้อยละ 60 มาจากการสัมผัสผู้ป่วย", "ร้อยละ 60").subject).toBe("ผู้ติดเชื้อ");
  });

  test("at once, directly, done (ทันที, โดยตรง, เรียบร้อยแล้ว) name nothing: what is done does", () => {
    // thaigov 2563-2564 (a bank branch closed for cleaning; a relief payment).
    expect(fact("พนักงานสาขา 1 คน ติดเชื้อ โดยสั่งปิดสาขาทันที 3 วัน เพื่อทำความสะอาด", "3 วัน").subject).toBe("สั่งปิดสาขา");
    expect(fact("จากนั้น ธ.ก.ส. จะดำเนินการจ่ายเงินเข้าบัญชีเกษตรกรโดยตรง ภายใน 3 วัน นับจากวันที่ได้รับ", "3 วัน").subject).toBe("เงินเข้าบัญชีเกษตรกร");
  });

  test("as actually paid (เท่าที่จ่ายจริง) and can be claimed (เบิกได้) name nothing: the cost before them does", () => {
    // thaigov 2563-2564 (COVID-19 care a civil servant may claim; a funeral grant).
    const care = "ค่าห้องพักสำหรับควบคุมหรือดูแลรักษา เบิกได้เท่าที่จ่ายจริงไม่เกิน 2,500 บาทต่อวัน";
    expect(fact(care, "2,500 บาทต่อวัน").subject).toBe("ค่าห้องพักสำหรับควบคุมหรือดูแลรักษา");
    expect(fact("ค่าใช้จ่ายในการจัดการศพเท่าที่จ่ายจริง 40,000 บาท", "40,000 บาท").subject).toBe("ค่าใช้จ่ายในการจัดการศพ");
  });

  test("a rate's marker after a space (กก. ละ) ends its unit, and เป็นผลให้ (results in) names nothing", () => {
    // thaigov 2567 (rubber prices after a crackdown on smuggling).
    const rubber = "ทหารและตำรวจ เป็นผลให้ราคายางพารา (ยางแผ่นรมควันชั้น 3) ตั้งแต่ต้นเดือนจนถึงปลายเดือนมกราคม 2567 เพิ่มสูงขึ้นจาก กก. ละ 57 บาทเป็น กก. ละ 72 บาท";
    expect([fact(rubber, "57 บาท").subject, fact(rubber, "72 บาท").subject]).toEqual(["ราคายางพารา", "ราคายางพารา"]);
  });

  test("in full (เต็มจำนวน, เต็มวงเงิน, อย่างเต็มที่) names nothing, and จัดเต็ม gives out what it counts", () => {
    // thaigov 2563-2565 (a stimulus's sign-ups, a co-payment scheme, a bank's relief, a debt fair).
    expect(fact("วันที่ 16 ตุลาคม 2563 มีผู้ลงทะเบียนรับสิทธิโครงการเต็มจำนวน 10 ล้านคนแล้ว", "10 ล้านคน").subject).toBe("ผู้ลงทะเบียนรับสิทธิโครงการ");
    expect(fact("หรือจนกว่าจะใช้จ่ายเต็มวงเงิน 1,200 บาท โดย", "1,200 บาท").subject).toBe("ใช้จ่าย");
    expect(fact("มาตรการช่วยเหลือลูกค้าทุกกลุ่มอย่างเต็มที่ ในวงเงินรวมกว่า 1.12 ล้านล้านบาท", "1.12 ล้านล้านบาท").subject).toBe("มาตรการช่วยเหลือลูกค้าทุกกลุ่ม");
    expect(fact("โดย บสย. จัดเต็ม 3 มาตรการช่วยเหลือลูกหนี้ บสย.ในงาน", "3 มาตรการ").subject).toBe("มาตรการช่วยเหลือลูกหนี้");
    // A full score stays one noun.
    expect(fact("คะแนนความพึงพอใจเฉลี่ย 6.55 คะแนน จากคะแนนเต็ม 10 คะแนน", "10 คะแนน").subject).toBe("คะแนนเต็ม");
  });

  test("ที่สุด (the most) alone names nothing: what is ranked is named before it", () => {
    // thaigov (econ sample): the exports to China, the most of them.
    const china = "ปริมาณการส่งออกไปยังประเทศจีน มากที่สุด คิดเป็น 55% รองลงมาได้แก่ มาเลเซีย";
    expect(fact(china, "55%").subject).toBe("ปริมาณการส่งออกไปยังประเทศจีน");
    // In terms of (ในเชิง) names nothing either (thaigov 2566, a tourism outlook).
    const regions = "ในพื้นที่ กทม.และปริมณฑล ภาคใต้ และภาคตะวันออก ฟื้นตัวในเชิงปริมาณที่ 80%, 84%, และ 104% ตามลำดับ";
    expect(fact(regions, "104%").subject).toBe("ภาคตะวันออก");
    // Nor does สุด, its short form (thaigov 2568, gem exports by market).
    expect(fact("สำหรับตลาดส่งออกสำคัญ สหรัฐฯ มาแรงสุด เพิ่ม 31.61% จากช่วงเดียวกันของปีก่อน", "31.61%").subject).toBe("สหรัฐฯ");
    // Nor does บริการ alone (ให้|บริการ, as the segmenter cuts it): what serves is named before it (thaigov 2566, rail on a long weekend).
    const rail = "- รถไฟฟ้าสายสีแดง ให้บริการ 294 เที่ยววิ่ง จำนวน 22,317 คน-เที่ยว";
    expect([fact(rail, "294 เที่ยววิ่ง").subject, fact(rail, "22,317 คน-เที่ยว").subject]).toEqual(["รถไฟฟ้าสายสีแดง", "รถไฟฟ้าสายสีแดง"]);
    // With nothing before it, the service it is; a classifier that names a kind names the count instead.
    expect(fact("ในจำนวนนี้เปิดบริการได้ตามปกติ 12 แห่ง ปิดบริการบางส่วน 8 แห่ง และปิดบริการทั้งหมด 104 แห่ง", "104 แห่ง").subject).toBe("บริการ");
    expect(fact("ตั้งเป้าให้บริการ 54 จุด ครอบคลุมพื้นที่", "54 จุด").subject).toBe("จุด");
    // Nor does ฉีดสะสม (injected so far) before a count of doses: the dose it follows is counted (thaigov 2565).
    const doses = "ล่าสุดการให้บริการวัคซีน โควิด-19 สะสมอยู่ที่ 124,751,981 โดส เข็มที่ 1 ฉีดสะสม 52,018,470 โดส เข็มที่ 2 ฉีดสะสม 48,115,000 โดส";
    expect([fact(doses, "52,018,470 โดส").subject, fact(doses, "48,115,000 โดส").subject]).toEqual(["เข็มที่ 1", "เข็มที่ 2"]);
  });

  test("a count's growth rate said after it (คิดเป็นอัตราการขยายตัวจากช่วงเดียวกันปีก่อนที่ร้อยละ 26.4) is of what it counts", () => {
    // A monthly economic report's form (thaigov): the rate, then the rate against the month before.
    const tourists = "ในเดือนเมษายน 2567 มีนักท่องเที่ยวชาวต่างชาติรวม จำนวน 2.76 ล้านคน คิดเป็นอัตราการขยายตัวจากช่วงเดียวกันปีก่อนที่ร้อยละ 26.4 และเพิ่มขึ้นเมื่อเทียบกับเดือนก่อนหน้าที่ร้อยละ 3.1";
    expect([fact(tourists, "ร้อยละ 26.4").subject, fact(tourists, "ร้อยละ 3.1").subject]).toEqual(["นักท่องเที่ยวชาวต่างชาติ", "นักท่องเที่ยวชาวต่างชาติ"]);
    // A discount after a count of goods is no growth rate of the count, but of the goods it counts: their
    // name, as the count's (11 รายการ ลดสูงสุด 33%; ลด alone is a verb).
    expect(fact("สินค้าราคาพิเศษ 11 รายการ ลดสูงสุด 33%", "33%").subject).toBe("สินค้าราคาพิเศษ ลด");
  });

  test("two Thai names joined by a spaced dash (แม่โค - กระบือ, บางซื่อ - ดุสิต) are one name", () => {
    // thaigov (econ sample): a zone's name whole, not its last part.
    const zones = "อันดับ 3 บางซื่อ - ดุสิต 1,857 หน่วย มูลค่า 4,808 ล้านบาท";
    expect(fact(zones, "1,857 หน่วย").subject).toBe("บางซื่อ - ดุสิต");
    expect(fact("ได้มอบกรรมสิทธิ์แม่โค - กระบือ จำนวน 1,000 ตัว", "1,000 ตัว").subject).toBe("กรรมสิทธิ์แม่โค - กระบือ");
    // Not a list item's dash after a line's end (ประกอบด้วย / - ลดเบี้ยปรับ 100%): the item names its own.
    expect(fact("มาตรการประกอบด้วย\n- ลดเบี้ยปรับ 100% กรณีชำระหนี้ปิดบัญชี", "100%").subject).toBe("เบี้ยปรับ");
  });

  test("a record's scope (เป็นประวัติการณ์, ในประวัติศาสตร์) is how high, not what is measured", () => {
    // thaigov (20 MB slice): the value, not its record.
    expect(fact("มูลค่าการส่งออกสูงสุดเป็นประวัติการณ์  271,173.5 ล้านเหรียญสหรัฐ", "271,173.5 ล้านเหรียญสหรัฐ").subject).toBe("มูลค่าการส่งออก");
    // A headline of our own: the record's scope alone names nothing; what set it is named before.
    expect(fact("ส่งออกเดือนนี้ สูงสุดในประวัติศาสตร์ ขยายตัว 18.4 %", "18.4 %").subject).not.toBe("ประวัติศาสตร์");
  });

  test("a year's digits with words glued after them leave those words alone as the phrase", () => {
    // thaigov (20 MB slice): the year's digits are no part of what is measured.
    const gas = "ในปี 2561การปล่อยก๊าซเรือนกระจกในภาคพลังงานลดลงร้อยละ 16 และดัชนีรวมสะท้อน";
    expect(fact(gas, "ร้อยละ 16").subject).toBe("การปล่อยก๊าซเรือนกระจกในภาคพลังงาน");
    // Glued before as well (ฟุ้งปี63|เดินเครื่อง…): the words before the year go with it.
    const plants = "ข่าวอุตสาหกรรม\nก.อุตฯ ฟุ้งปี63เดินเครื่องถ่ายโอนโรงงานเข้าข่าย2.2พันแห่ง";
    expect(fact(plants, "2.2พันแห่ง").subject).toBe("เดินเครื่องถ่ายโอนโรงงานเข้าข่าย");
    // A word of time inside a noun stays in it (มูลค่าปัจจุบันสุทธิ).
    expect(fact("มูลค่าปัจจุบันสุทธิ (NPV) อยู่ที่ 10,662.85 ล้านบาท", "10,662.85 ล้านบาท").subject).toBe("มูลค่าปัจจุบันสุทธิ (NPV)");
  });

  test("who sets a goal or makes a forecast, its verb right after its name, is not what the figure measures", () => {
    // From the economic sample.
    const exports = "ทะลุเป้าหมาย และสำหรับ การส่งออกปี 2565 กระทรวงฯตั้งเป้าไว้ที่ 3-4% หรือมีมูลค่า 2.7-2.8 แสนล้านเหรียญสหรัฐ";
    expect(fact(exports, "3-4%").subject).toBe("การส่งออก");
    const cpi = "เงินเฟ้อทั่วไปเฉลี่ยทั้งปี 2564 สูงขึ้นร้อยละ 1.23 ใกล้เคียงกับที่กระทรวงพาณิชย์คาดการณ์ว่าจะขยายตัวในช่วงร้อยละ 0.8-1.2";
    expect(fact(cpi, "ร้อยละ 0.8-1.2").subject).toBe("เงินเฟ้อทั่วไป");
    // Not a body whose forecast names what it forecasts after the verb, nor one that acts at length.
    expect(fact("ธนาคารแห่งประเทศไทยคาดว่าเศรษฐกิจไทยจะขยายตัวเร่งขึ้นที่ร้อยละ 3.8", "ร้อยละ 3.8").subject).toBe("เศรษฐกิจไทย");
  });

  test("ตัวเลข (the figure) heads a subject it starts, and alone names nothing", () => {
    // From the corpus's headline; readers of unseen releases keyed ตัวเลขส่งออก.
    const exports = "รอง นรม. จุรินทร์ฯ เผยพอใจตัวเลขส่งออก 9 เดือนแรกของไทย ขยายตัว 15.5%";
    expect(fact(exports, "15.5%").subject).toMatch(/^ตัวเลขส่งออก/);
    expect(fact("โดยคิดเป็นตัวเลขที่ติดลบ 7.23%", "7.23%").subject).not.toBe("ตัวเลข");
  });

  test("where what is measured is (ใน and a place, and the places listed after it) is not what is measured", () => {
    expect(fact("ส่วนแบ่งตลาดรถ EV ในไทยราว 40%", "40%").subject).toBe("ส่วนแบ่งตลาดรถ EV");
    expect(fact("ยอดขายบ้าน ในกรุงเทพฯ และปริมณฑล 12,500 หน่วย", "12,500 หน่วย").subject).toBe("ยอดขายบ้าน");
    // In the area of (ในพื้นที่), as ใน (thaigov 2563, a bank's sale of foreclosed homes).
    expect(fact("แบ่งเป็นทรัพย์ ที่ตั้งอยู่ในพื้นที่กรุงเทพฯ และปริมณฑล จำนวน 10 รายการ", "10 รายการ").subject).toBe("ทรัพย์");
    // A count of places counts the place an address names (thaigov 2567, Songkran transport checks).
    const checks = "ในส่วนการตรวจความพร้อมรถโดยสารสาธารณะ ณ จุดตรวจ จุดพักรถ และจุดจอด 221 แห่ง มีการตรวจรถ 43,123 คัน";
    expect(fact(checks, "221 แห่ง").subject).toBe("จุดตรวจ จุดพักรถ และจุดจอด");
    // Two places joined by a dash are one (thaigov 2567, REIC's housing report).
    const launches = "การเปิดตัวโครงการที่อยู่อาศัยใหม่ ไตรมาส 4 ปี 2566 ในกรุงเทพฯ-ปริมณฑล จำนวน 31,774 หน่วย";
    expect(fact(launches, "31,774 หน่วย").subject).toBe("การเปิดตัวโครงการที่อยู่อาศัยใหม่");
    // From the economic sample: ใน glued to the noun it locates, a list of provinces after it.
    const debtors = "ประกอบด้วย ลูกหนี้ในกรุงเทพมหานคร และปริมณฑลร้อยละ 35";
    expect(fact(debtors, "ร้อยละ 35").subject).toBe("ลูกหนี้");
    const projects = "มีการยื่นขอรับการส่งเสริมการลงทุนในจังหวัดฉะเชิงเทรา ชลบุรี และระยอง 183 โครงการ";
    expect(fact(projects, "183 โครงการ").subject).toBe("การยื่นขอรับการส่งเสริมการลงทุน");
    // Not a count of places, nor a place with nothing named before it, nor a place that is no name's
    // end (จังหวัดมหาสารคามเป็น…: more words than a subject trims).
    expect(fact("ช่วยเหลือผู้ได้รับผลกระทบ ในกรุงเทพฯและ 76 จังหวัด", "76 จังหวัด").subject).not.toBe("ผู้ได้รับผลกระทบ");
    expect(fact("ในกรุงเทพฯ 500 ราย", "500 ราย").subject).toBe("กรุงเทพฯ");
    // A market a price is quoted in, with its gloss; a time word and a gloss may stand between it and the figure.
    const lng = "ขณะที่ราคาก๊าซธรรมชาติเหลว (LNG) ในตลาดจร (Spot) ปัจจุบันอยู่ที่ระดับ 13-14 ดอลลาร์สหรัฐต่อล้านบีทียู";
    expect(fact(lng, "13-14 ดอลลาร์สหรัฐ").subject).toMatch(/^ราคาก๊าซธรรมชาติเหลว/);
  });

  test("who speaks, before a verb of speaking, is never what a figure measures", () => {
    // Corpus slice: a committee reports two items; before, the committee was the subject.
    const items = "ทางคณะกรรมการฯ แจ้งว่ามีจำนวน 2 รายการ คือ 1.พระพุทธรูป";
    expect(fact(items, "2 รายการ").subject).toBeUndefined();
    // A measure word alone after the verb names the figure, not the ministry before it.
    expect(fact("กระทรวงพาณิชย์ เผยมูลค่า 5,000 ล้านบาท", "5,000 ล้านบาท").subject).toBe("มูลค่า");
    // The verb glued to the measure word's chunk is no part of the name (thaigov, industry index headlines;
    // อุต, industry's short form, is a dictionary word: unknown, ดัชนีอุตฯ was cut ดัช|นีอ|ุต).
    expect(fact("ก.อุตฯ เผยดัชนีอุตฯ พ.ค. 64 เพิ่มขึ้นร้อยละ 25.84", "ร้อยละ 25.84").subject).toBe("ดัชนีอุตฯ");
    expect(fact("สศอ. เผยดัชนี MPI เดือนพฤศจิกายน 2566 หดตัวร้อยละ 4.71", "ร้อยละ 4.71").subject).toBe("ดัชนี MPI");
    // ระบุไว้ says what a text specifies: the conditions before it are counted.
    expect(fact("เงื่อนไขอื่นตามที่อธิบดีประกาศกำหนด (เดิมระบุไว้ 2 ประการ ได้แก่", "2 ประการ").subject).toBe("เงื่อนไขอื่นตามที่อธิบดีประกาศ");
  });

  test("a measure word alone right after a length is the value of what the length's phrase names", () => {
    // thaigov 62970 (foreign investment, January-November 2565).
    const title = "ตัวเลขต่างชาติลงทุนในไทย 11 เดือน มูลค่ารวมกว่า 1.12 แสนล้านบาท เพิ่มขึ้นถึง 74%";
    expect(fact(title, "1.12 แสนล้านบาท").subject).toBe("มูลค่าตัวเลขต่างชาติลงทุนในไทย");
    // A year of the length between is cut as a reference (thaigov 63493, livestock exports 2565).
    const livestock = "การส่งออกสินค้าปศุสัตว์ของไทย ช่วง 11 เดือนของปี 2565 มีมูลค่ารวม 274,822 ล้านบาท";
    expect(fact(livestock, "274,822 ล้านบาท").subject).toBe("มูลค่าการส่งออกสินค้าปศุสัตว์ของไทย");
    // In a comparison's base, a verb of trade alone is what the figure before did.
    const frozen = "1) เนื้อสัตว์แช่แข็ง มูลค่า 142,156 ล้านบาท เพิ่มขึ้นจากปีก่อนที่ส่งออกมูลค่า 1.12 แสนล้านบาท หรือ 26%";
    expect([fact(frozen, "1.12 แสนล้านบาท").subject, fact(frozen, "26%").subject]).toEqual(["มูลค่าเนื้อสัตว์แช่แข็ง", "เนื้อสัตว์แช่แข็ง"]);
    // The same amount in Thai money (หรือคิดเป็นเงินไทย) shares the figure before's subject (thaigov 59753).
    const exports = "เผยตัวเลขส่งออกของไทยเดือนสิงหาคม 2565 มีมูลค่า 23,632.72 ล้านดอลลาร์สหรัฐ ขยายตัวร้อยละ 7.54 หรือคิดเป็นเงินไทย 861,169.17 ล้านบาท";
    // (The amount's own measure word, มูลค่า, names it alone: what the figures after share is the phrase.)
    expect(fact(exports, "23,632.72 ล้านดอลลาร์สหรัฐ").subject).toBe("มูลค่าตัวเลขส่งออกของไทย");
    expect(fact(exports, "861,169.17 ล้านบาท").subject).toBe("ตัวเลขส่งออกของไทย");
    // An owner glued after a period is the period's subject's (thaigov 47411, exports of 2564).
    expect(fact("ตัวเลขส่งออก 9 เดือนแรกของไทย ขยายตัว 15.5% มีมูลค่ากว่า 6,202,170 ล้านบาท", "15.5%").subject).toBe("ตัวเลขส่งออกของไทย");
    // The whole year (ทั้งปี) is a word of time, cut.
    expect(fact("คาดการณ์ว่าทั้งปีจะส่งออกได้มูลค่า 280,326 ล้านบาท", "280,326 ล้านบาท").subject).toBe("มูลค่าส่งออก");
    // เงิน (amounting to) adds nothing to the name.
    expect(fact("ต้นทุนการผลิตของนาข้าว 3 เดือนเป็นเงินทั้งสิ้น 1,800,000 บาท", "1,800,000 บาท").subject).toBe("ต้นทุนการผลิตของนาข้าว");
  });

  test("a share of a whole right after a part's figure is named with both", () => {
    // thaigov 63590 (the 2567 budget framework).
    const budget = "(1) รายจ่ายประจำ จำนวน 2,508,990.9 ล้านบาท เพิ่มขึ้นจากปีงบประมาณ พ.ศ. 2566 จำนวน 106,451.2 ล้านบาท หรือเพิ่มขึ้นร้อยละ 4.43 และคิดเป็นสัดส่วนร้อยละ 74.89 ของวงเงินงบประมาณรวม";
    expect(fact(budget, "ร้อยละ 74.89").subject).toBe("รายจ่ายประจำ ของวงเงินงบประมาณ");
    // Alone, the whole names it; after an age, too (the age bounds the part).
    expect(fact("คิดเป็นร้อยละ 21.68 ของเนื้อที่ทั้งจังหวัด", "ร้อยละ 21.68").subject).toBe("เนื้อที่ทั้งจังหวัด");
    expect(fact("ผู้มีอายุ 60 ปีขึ้นไปเป็นสัดส่วนร้อยละ 20 ของประชากรทั้งหมด", "ร้อยละ 20").subject).toBe("ประชากร");
  });

  test("a clause of cue words after แม้ว่า (even though) is of the noun before it; seasonally adjusted is no subject", () => {
    // thaigov 51954 (the regional economy, January 2565).
    const cars = "ส่วนจำนวนรถจักรยานยนต์จดทะเบียนใหม่ขยายตัวร้อยละ 16.1 เมื่อเทียบกับช่วงเดียวกันของปีก่อน แต่ชะลอลงเมื่อเทียบกับเดือนก่อนหน้าหลังขจัดผลทางฤดูกาลร้อยละ -14.5สำหรับจำนวนรถยนต์นั่งจดทะเบียนใหม่แม้ว่าชะลอตัวลงร้อยละ -5.9 เมื่อเทียบกับช่วงเดียวกันของปีก่อน";
    expect(fact(cars, "ร้อยละ -14.5").subject).toBe("รถจักรยานยนต์จดทะเบียนใหม่");
    expect(fact(cars, "ร้อยละ -5.9").subject).toContain("รถยนต์นั่งจดทะเบียนใหม่");
    // Reflected in (สะท้อนจาก): the indicator after it is what is measured.
    const vat = "เครื่องชี้เศรษฐกิจด้านการบริโภคภาคเอกชนสะท้อนจากการจัดเก็บภาษีมูลค่าเพิ่ม ณ ราคาคงที่ขยายตัวเมื่อเทียบกับช่วงเดียวกันของปีก่อน และเดือนก่อนหน้าหลังขจัดผลทางฤดูกาลร้อยละ 22.3";
    expect(fact(vat, "ร้อยละ 22.3").subject).toBe("การจัดเก็บภาษีมูลค่าเพิ่ม");
  });

  test("a period with no phrase before it takes the subject of the figure it frames, in its clause", () => {
    const exports = "ทั้งนี้ 11 เดือนแรกของปี 2565 การส่งออกสินค้าอุตสาหกรรม ขยายตัวร้อยละ 5.2";
    expect(fact(exports, "11 เดือน").subject).toBe("การส่งออกสินค้าอุตสาหกรรม");
    // Not past a number no rule took and another clause (MPI อยู่ในระดับ 106.4 ทั้งนี้ ส่วน…).
    const mpi = "โดยช่วง 5 เดือนแรกปี 2562 MPI อยู่ในระดับ 106.4 ทั้งนี้ ส่วนการนำเข้าสินค้าวัตถุดิบ ขยายตัวร้อยละ 60.72";
    expect(fact(mpi, "5 เดือน").subject).toBeUndefined();
  });

  test("what a ministry proposes (ตามที่ … เสนอ) or a resolution approves (มีมติเห็นชอบ) is measured, not the resolution", () => {
    const cabinet = "คณะรัฐมนตรีมีมติอนุมัติตามที่กระทรวงพาณิชย์เสนอแต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการเครื่องหมายการค้า จำนวน 12 คน";
    expect(fact(cabinet, "12 คน").subject).toBe("กรรมการผู้ทรงคุณวุฒิในคณะกรรมการเครื่องหมายการค้า");
    // What a resolution approves (มีมติเห็นชอบ …) is measured, not the resolution.
    expect(fact("คณะรัฐมนตรีมีมติเห็นชอบร่างกฎกระทรวงทั้ง 3 ฉบับ", "3 ฉบับ").subject).toBe("ร่างกฎกระทรวง");
    // Not เสนอ without ตามที่ before it (ข้อเสนอแนะ, นำเสนอ: nouns and other verbs).
    expect(fact("ที่ประชุมรับทราบข้อเสนอแนะเชิงนโยบาย 3 ประการ", "3 ประการ").subject).toContain("ข้อเสนอแนะ");
  });

  test("what a speaker praises, is glad of, is confident of or stresses is measured, not the speaker", () => {
    // 20 MB slice: the prime minister on trade with Portugal, the government on the economy, the control zones.
    const trade = "โดยนายกรัฐมนตรียินดีที่มูลค่าการค้าระหว่างไทยกับโปรตุเกสเพิ่มขึ้นถึงร้อยละ 30";
    expect(fact(trade, "ร้อยละ 30").subject).toBe("มูลค่าการค้าระหว่างไทยกับโปรตุเกส");
    expect(fact("นายกรัฐมนตรีย้ำถึงมาตรการสำหรับพื้นที่ควบคุมสูงสุด 28 จังหวัด", "28 จังหวัด").subject).toBe("มาตรการสำหรับพื้นที่ควบคุม");
    expect(fact("นายกรัฐมนตรีชื่นชมทัพกรีฑาคนพิการทีมชาติไทย 5 คน", "5 คน").subject).toBe("ทัพกรีฑาคนพิการทีมชาติไทย");
    // Not ยืนยัน: confirmed cases are counted (ผู้ป่วยยืนยัน).
    expect(fact("พบผู้ป่วยยืนยันรายใหม่ 50 ราย", "50 ราย").subject).toContain("ผู้ป่วยยืนยัน");
  });

  test("a word of quality or size alone before a share or an amount names nothing; before a count or a measure it is a class or a dimension", () => {
    // thaigov 2565 (the economy's outlook, a quarter's report), 2564 (a bank's reserves).
    const outlook = "นายกฯ เผยแนวโน้มเศรษฐกิจไทยประจำไตรมาสที่ 2 ปี 65 มีแนวโน้มทิศทางที่ดี และคาดขยายตัวต่อเนื่องที่ร้อยละ 3.3 ในปี 2565";
    expect(fact(outlook, "ร้อยละ 3.3").subject).toContain("เศรษฐกิจไทย");
    expect(fact("ธนาคารและบริษัทย่อยยังคงรักษาระดับ Coverage Ratio ในระดับที่สูงเท่ากับร้อยละ 153.9", "ร้อยละ 153.9").subject).toContain("Coverage Ratio");
    expect(fact("โครงการขนาดใหญ่ 850 โครงการ และขนาดเล็ก 19,638 โครงการ", "19,638 โครงการ").subject).toBe("ขนาดเล็ก");
    expect(fact("บานระบายขนาด กว้าง 6 เมตร สูง 4.5 เมตร", "4.5 เมตร").subject).toBe("สูง");
  });

  test("a phase alone (ระยะที่ 1, งวดที่ 1 - 9, ครั้งแรก) names a part of what is named before it; a bare ระยะ is a distance", () => {
    // thaigov 2563-2566 (cabinet approvals of a programme's phases, instalments, rounds).
    expect(fact("รัฐบาลอนุมัติวงเงินงบประมาณเพิ่มเติม โครงการประกันรายได้เกษตรกรชาวสวนยาง ระยะที่ 1 จำนวน 2,300 ล้านบาท", "2,300 ล้านบาท").subject)
      .toBe("โครงการประกันรายได้เกษตรกรชาวสวนยาง ระยะที่ 1");
    expect(fact("และโครงการประกันรายได้เกษตรกรผู้ปลูกข้าว ปีการผลิต 2564/65 งวดที่ 1 - 9 จำนวน 7,471.59 ล้านบาท", "7,471.59 ล้านบาท").subject)
      .toBe("โครงการประกันรายได้เกษตรกรผู้ปลูกข้าว งวดที่ 1 - 9");
    expect(fact("ปีงบประมาณ พ.ศ. 2563 ให้แก่ ขสมก. เงินอุดหนุนบริการสาธารณะ ปีงบประมาณ พ.ศ. 2563 งวดที่ 3 จำนวน 567.494 ล้านบาท", "567.494 ล้านบาท").subject)
      .toBe("เงินอุดหนุนบริการสาธารณะ งวดที่ 3");
    // A gloss in brackets between the name and its phase: the name before the gloss.
    const rice = "โครงการสนับสนุนค่าบริหารจัดการและพัฒนาคุณภาพผลผลิตเกษตรกรผู้ปลูกข้าว ปีการผลิต 2565/66 (โครงการไร่ละพัน) ครั้งที่ 3 เป็นเงินกว่า 903.44 ล้านบาท";
    expect(fact(rice, "903.44 ล้านบาท").subject).toBe("โครงการสนับสนุนค่าบริหารจัดการและพัฒนาคุณภาพผลผลิตเกษตรกรผู้ปลูกข้าว ครั้งที่ 3");
    expect(fact("ธพว. เปิดแจ้งความประสงค์ยื่นขอกู้สินเชื่อ “SMEs One” รอบ 2 วงเงิน 1,200 ล้านบาท", "1,200 ล้านบาท").subject).toBe("วงเงิน SMEs One รอบ 2");
    // A gloss in brackets between the phase and its figure.
    const half = "มีผู้ใช้สิทธิที่เป็นประชาชนที่เข้าร่วมโครงการคนละครึ่ง ระยะที่ 3 (ประชาชนกลุ่มเดิมฯ) จำนวน 25.46 ล้านราย";
    expect(fact(half, "25.46 ล้านราย").subject).toBe("ผู้ใช้สิทธิที่เป็นประชาชนที่เข้าร่วมโครงการคนละครึ่ง ระยะที่ 3");
    // Not a bare phase word: ในระยะ 5 เมตร is a distance.
    expect(fact("ห้ามอยู่ในสถานที่ปิด เช่น รถตู้ ห้องประชุม ในระยะ 5 เมตรเกินกว่า 15 นาที", "5 เมตร").subject).toBe("ระยะ");
  });

  test("which time (ครั้งนี้, อีกครั้ง, แต่ละครั้ง) is no part of what is measured; ครั้งแรก is a phase", () => {
    // thaigov 2563-2565 (talks, a trade report, a savings fund's rules).
    expect(fact("นอกจากนี้ผลการหารือครั้งนี้ 3 ประเด็นสำคัญ", "3 ประเด็น").subject).toBe("ผลการหารือ");
    const again = "และในปี 2563 มีมูลค่าลดลงเหลือ 6,939 ล้านบาท และเพิ่มขึ้นอีกครั้งในปี 2564 เป็น 8,487 ล้านบาท";
    expect(fact(again, "8,487 ล้านบาท").subject).toBe("มูลค่า");
    expect(fact("ช่วงอายุ 15 - 30 ปี รัฐสมทบให้ 50% ของเงินออมแต่ละครั้ง โดยรวมกันทั้งปีไม่เกิน 600 บาท", "600 บาท").subject).toBe("เงินออม");
    expect(fact("ธพว. เปิดแจ้งความประสงค์ยื่นขอกู้สินเชื่อ “SMEs One” รอบแรก วงเงินรวม 4,890 ล้านบาท", "4,890 ล้านบาท").subject).toBe("SMEs One รอบแรก");
  });

  test("a relative clause glued after a count's classifier says which of the kind are counted", () => {
    // thaigov 2563-2565 (vaccination by province, a ranking of countries, public health, a cabinet note).
    const provinces = "ในระยะแรกจะให้เป็นกลุ่มบุคลากรทางการแพทย์ โดยเริ่มฉีดใน 13 จังหวัดที่เป็นพื้นที่ควบคุมสูงสุดและเข้มงวด";
    expect(fact(provinces, "13 จังหวัด").subject).toBe("จังหวัดที่เป็นพื้นที่ควบคุมสูงสุดและเข้มงวด");
    expect(fact("พร้อมยกย่องว่า ไทยเป็น 1 ใน 13 ประเทศที่มีความพร้อมในการรับมือกับโรคระบาด", "13 ประเทศ").subject)
      .toBe("ประเทศที่มีความพร้อมในการรับมือกับโรคระบาด");
    // Its own clause, even right after another figure it would share a subject with.
    const left = "สถานการณ์กลับสู่ภาวะปกติแล้ว 10 จังหวัด และยังคงมีอีก 16 จังหวัดที่ต้องเฝ้าระวัง ได้แก่ จังหวัดนครราชสีมา";
    expect(fact(left, "16 จังหวัด").subject).toBe("จังหวัดที่ต้องเฝ้าระวัง");
    // The clause ends where another or a list starts; a time word at its end is shed.
    expect(fact("ปัจจุบันการดำเนินโครงการฯ ใน 7 พื้นที่ที่เหลือประกอบด้วย", "7 พื้นที่").subject).toBe("พื้นที่ที่เหลือ");
    expect(fact("ซึ่งผลตรวจของ 4 จังหวัดที่พบในขณะนี้ ยังไม่พบเชื้อ", "4 จังหวัด").subject).toBe("จังหวัดที่พบใน");
    // A classifier that names no kind leaves it to the phrase before (subject_counter), and so does a
    // phrase before that names the kind already; ที่ผ่านมา says when, not which.
    expect(fact("ได้ย้ำกับตัวแทนเกษตรกรชาวสวนปาล์มกว่า 20 รายที่เข้าพบหารือเรื่องปาล์มน้ำมัน", "20 ราย").subject).toContain("ตัวแทนเกษตรกรชาวสวนปาล์ม");
    expect(fact("โดยมีการกำหนด กลุ่มเป้าหมาย 4 กลุ่มที่ชัดเจน ได้แก่", "4 กลุ่ม").subject).toBe("กลุ่มเป้าหมาย");
    expect(fact("ที่ประชุมฯ เห็นชอบร่างเอกสาร 5 ฉบับที่ประเทศสมาชิกได้เจรจาเสร็จแล้ว", "5 ฉบับ").subject).toBe("ร่างเอกสาร");
  });

  test("a region or a scope glued after a count's classifier says which of the kind are counted", () => {
    // thaigov 2563-2566 (a health report, scholarships, a vaccine roll-out, a housing index, a labour visit).
    const north = "ติดต่อกันเกิน 3 วัน คาดสัปดาห์หน้ายังต้องเฝ้าระวัง 17 จังหวัดภาคเหนือ กำชับติดตามสถานการณ์";
    expect(fact(north, "17 จังหวัด").subject).toBe("จังหวัดภาคเหนือ");
    expect(fact("นอกจากนี้ รัฐมนตรี 6 ประเทศลุ่มแม่น้ำโขงได้ให้ความสำคัญ", "6 ประเทศ").subject).toBe("ประเทศลุ่มแม่น้ำโขง");
    expect(fact("ครอบคลุมพื้นที่ 3 จังหวัดชายแดนภาคใต้ ทุกอำเภอ", "3 จังหวัด").subject).toBe("จังหวัดชายแดนภาคใต้");
    expect(fact("เปิดพื้นที่รับนักท่องเที่ยวต่างชาติ 10 จังหวัดนำร่อง ในไตรมาสที่ 4", "10 จังหวัด").subject).toBe("จังหวัดนำร่อง");
    // Two joined by และ, both.
    expect(fact("กรมป้องกันและบรรเทาสาธารณภัย (ปภ.) แจ้งเตือน 16 จังหวัดภาคเหนือและภาคตะวันออกเฉียงเหนือ ระวังน้ำท่วม", "16 จังหวัด").subject)
      .toBe("จังหวัดภาคเหนือและภาคตะวันออกเฉียงเหนือ");
    // A sector (not out of รัฐบาล: on a word's edge).
    const banks = "ส่งเสริมผู้ฝากได้รับเงินออม เพิ่มกำลังซื้อ ขณะที่ 7 แบงก์รัฐประกาศตรึงดอกเบี้ยไม่เพิ่มภาระเงินกู้";
    expect(fact(banks, "7 แบงก์").subject).toBe("แบงก์รัฐ");
    // The set a policy picks (thaigov 2563).
    expect(fact("ซึ่งมุ่งเน้นการพัฒนา 12 อุตสาหกรรมเป้าหมาย ที่มีการใช้เทคโนโลยีชั้นสูง", "12 อุตสาหกรรม").subject).toBe("อุตสาหกรรมเป้าหมาย");
    // The longest entry, on a word's edge only.
    expect(fact("ขณะนี้กระจายไปทั่ว 20 จังหวัดภาคตะวันออกเฉียงเหนือ", "20 จังหวัด").subject).toBe("จังหวัดภาคตะวันออกเฉียงเหนือ");
    // Not หลัก (the main kinds of what is named before) nor ทั่วประเทศ (where, not which).
    const kinds = "ซึ่งทรัพยากรการท่องเที่ยวแบ่งเป็น 2 ประเภทหลัก ได้แก่ มูเตลู ที่เป็นสถานที่";
    expect(fact(kinds, "2 ประเภท").subject).toContain("ทรัพยากรการท่องเที่ยว");
    expect(fact("จากการสำรวจ SMEs จำนวน 504 ตัวอย่างทั่วประเทศ ครอบคลุมทุกภาค", "504 ตัวอย่าง").subject).toBe("การสำรวจ SMEs");
    // The figure after reads the region with the classifier, or the phrase before the count when the
    // count's own subject is the region.
    const index = "ขณะที่ 2 จังหวัดปริมณฑล มีค่าดัชนีเท่ากับ 144.6 จุด ลดลงร้อยละ -0.3 เมื่อเทียบกับช่วงเดียวกัน";
    expect(fact(index, "144.6 จุด").subject).toBe("จังหวัดปริมณฑล");
    // Not the label of a list's next item, a count of the same classifier right after it.
    const teams = "ผลการแข่งขัน ภาคกลาง 10 ทีมภาคตะวันออก 2 ทีม ภาคตะวันออกเฉียงเหนือ 5 ทีม";
    expect([fact(teams, "10 ทีม").subject, fact(teams, "2 ทีม").subject]).toEqual(["ภาคกลาง", "ภาคตะวันออก"]);
    // Only the words glued after the count: the same words before a figure further on are that figure's own.
    const again = "นำคณะผู้บริหารลงพื้นที่ 25 จังหวัดภาคกลาง เยี่ยมชมผลิตภัณฑ์ชุมชน\nทั้งนี้ สมาคมแม่บ้านมหาดไทย ภาคกลาง 25 จังหวัด ได้แก่ จังหวัดกาญจนบุรี จันทบุรี";
    expect(factsOf(again).filter((f) => f.text === "25 จังหวัด").map((f) => f.subject)).toEqual(["จังหวัดภาคกลาง", "ภาคกลาง"]);
    const troupe = "มีผู้ประกอบการถึง 250 ราย และคณะนักแสดงจาก 20 จังหวัดภาคตะวันออกเฉียงเหนือ กว่า 3,000 คน สร้างรายได้ให้กับผู้ประกอบการที่พัก";
    expect(fact(troupe, "20 จังหวัด").subject).toBe("จังหวัดภาคตะวันออกเฉียงเหนือ");
    expect(fact(troupe, "3,000 คน").subject).toBe("คณะนักแสดง");
    // A percentage right after the region is the region's share (thaigov 2565, cane by region).
    const cane = "โดยมีปริมาณอ้อยโรงงาน ( 17 จังหวัดภาคเหนือ 30% ภาคตะวันออกเฉียงเหนือ 45% )";
    expect(fact(cane, "30%").subject).toContain("ภาคเหนือ");
    // The region cut from a clause glued after it (thaigov 2566, scholarships for the southern border provinces).
    const youth = "โดยมีกลุ่มเป้าหมายเป็นเยาวชนที่มีภูมิลำเนาในพื้นที่ 5 จังหวัดชายแดนภาคใต้ติดต่อกันไม่น้อยกว่า 3 ปี และมีผลการเรียนดี";
    expect(fact(youth, "3 ปี").subject).toContain("ภูมิลำเนา");
  });

  test("a difference from a goal or a forecast is named with the comparison", () => {
    // thaigov 2563-2566 (revenue against the budget's estimate, rail passengers against the forecast, a bank's lending).
    const revenue = "กรมสรรพสามิตจัดเก็บรายได้ 4.28 แสนล้านบาท ต่ำกว่าประมาณการ 6.89 หมื่นล้านบาท หรือ 13.9%";
    expect(fact(revenue, "6.89 หมื่นล้านบาท").subject).toBe("รายได้ ต่ำกว่าประมาณการ");
    const rail = "มีประชาชนใช้บริการระบบรางรวม 5,408,895 คน-เที่ยว ต่ำกว่าประมาณการ 148,843 คน-เที่ยว หรือต่ำกว่าประมาณการร้อยละ 2.68";
    expect([fact(rail, "148,843 คน-เที่ยว").subject, fact(rail, "ร้อยละ 2.68").subject]).toEqual(["ประชาชนใช้บริการระบบราง ต่ำกว่าประมาณการ", "ประชาชนใช้บริการระบบราง ต่ำกว่าประมาณการ"]);
    // Alone it names the figure; past the goal, only with a word between (the figure right after is the goal's value).
    expect(fact("เกินเป้าไป 6 หมื่นล้านบาท !! ผลการดำเนินงาน ธอส. ปี 65", "6 หมื่นล้านบาท").subject).toBe("เกินเป้า");
    const eec = "เกิดการลงทุนรวมที่ได้อนุมัติงบลงทุนสูงถึง 1.8 ล้านล้านบาท เกินเป้าหมาย 1.7 ล้านล้านบาทใน 5 ปี";
    expect(fact(eec, "1.7 ล้านล้านบาท").subject).not.toContain("เกินเป้าหมาย");
  });

  test("gone by (ผ่านมา, ผ่านไป) is how long, not what is counted", () => {
    // thaigov 2565 (a debt mediation fair; a digital lottery's first days).
    const fair = "กรมคุ้มครองสิทธิและเสรีภาพ ได้ดำเนินการ “มหกรรมไกล่เกลี่ยหนี้สิน หนี้ครัวเรือน” ผ่านมาแล้ว 45 ครั้ง มีลูกหนี้ขอไกล่เกลี่ย";
    expect(fact(fair, "45 ครั้ง").subject).toContain("มหกรรมไกล่เกลี่ยหนี้สิน");
    expect(fact("นายกฯ พอใจการตอบรับสลากดิจิทัล 80 ผ่านไป 2 วัน ยอดจำหน่ายกว่า 10 ล้านใบ", "2 วัน").subject).not.toBe("ผ่าน");
  });

  test("a length sharing a measure word with the length before names it once", () => {
    // thaigov 2566 (a cabinet's flood relief: the relief rules by days flooded).
    const relief = "- 24 ชั่วโมง - 7 วัน จำนวน 193,802 ครัวเรือน อัตราจ่าย 5,000 บาท วงเงิน 969.01 ล้านบาท\n- เกินกว่า 7 วัน แต่ไม่เกิน 30 วัน จำนวน 40,808 ครัวเรือน";
    expect(fact(relief, "30 วัน").subject).not.toContain("วงเงิน วงเงิน");
  });

  test("chunks of cue and time words alone do not count toward the phrases a subject is looked for in", () => {
    // thaigov 2564 (self-assessment of factories; a housing programme's registrations).
    const asOf = "ซึ่งจากรายงานล่าสุดพบว่ากลุ่มเป้าหมายมีการประเมินตนเองผ่าน Platform ดังกล่าว ณ วันที่ 10 มิถุนายน 2564 เพิ่มขึ้นเป็นจำนวน 1,722 ราย";
    expect(fact(asOf, "1,722 ราย").subject).toBe("การประเมินตนเองผ่าน Platform");
    const latest = "ขณะที่ผู้ลงทะเบียนโครงการบ้านล้านหลัง ล่าสุด ณ วันที่ 17 ตุลาคม 2564 อยู่ที่ 58,955 ราย";
    expect(fact(latest, "58,955 ราย").subject).toBe("ผู้ลงทะเบียนโครงการบ้านล้านหลัง");
    // A list before such words is reached whole.
    expect(fact("ได้แก่ ตรัง สตูล สุราษฎร์ธานี และนครศรีธรรมราช รวม 19,500 ไร่", "19,500 ไร่").subject).toBe("ตรัง สตูล สุราษฎร์ธานี และนครศรีธรรมราช");
  });

  test("a label alone on the line before names a figure opening its line; not a table's header nor page furniture", () => {
    // thaigov 2563 (toll waived over a holiday: a table of traffic and revenue forgone).
    const field = "หาก การทางพิเศษฯ ยกเว้นค่าผ่านทาง รวม 6 วัน\nปริมาณจราจร\n165,131 คัน/วัน\n990,786 คัน";
    expect(fact(field, "165,131 คัน").subject).toBe("ปริมาณจราจร");
    // A column of labels is a table's header: its cells follow in another order.
    const header = "ทั้งนี้ กระทรวงคมนาคมได้ประกาศอัตราค่าผ่านทางของทางหลวงพิเศษหมายเลข 7 สายกรุงเทพฯ – ชลบุรี (มอเตอร์เวย์) สำหรับรถทุกประเภท ดังนี้\n"
      + "ด่านบางปะกง\nด่านบางบ่อ\nด่านลาดกระบัง\n10 บาท\n15 บาท";
    expect(fact(header, "10 บาท").subject).toBeUndefined();
    // The line after a dateline (พิมพ์, "print") is the page's, not a label.
    const page = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-พันธบัตรออมทรัพย์\nวันพุธที่ 9 กันยายน 2563\nพิมพ์\n50 ล้านบาทสุดท้ายกับการลงทุนพันธบัตรออมทรัพย์";
    expect(fact(page, "50 ล้านบาท").subject).not.toBe("พิมพ์");
  });

  test("what an exclusion (ไม่รวม) leaves out is not what is measured", () => {
    // thaigov 2564 (the monthly export report; an LPG price freeze; a power bill cut).
    const exports = "และหากพิจารณาเฉพาะมูลค่าการส่งออกสินค้าที่ไม่รวมน้ำมัน ทองคำ และยุทธปัจจัย พบว่า ขยายตัวร้อยละ 14.8 ต่อปี";
    expect(fact(exports, "ร้อยละ 14.8").subject).toBe("มูลค่าการส่งออกสินค้า");
    const lpg = "โดยตรึงราคาขายส่งหน้าโรงกลั่น ซึ่งไม่รวมภาษีมูลค่าเพิ่มอยู่ที่ 14.37 บาท/กิโลกรัม";
    expect(fact(lpg, "14.37 บาท/กิโลกรัม").subject).toBe("ราคาขายส่งหน้าโรงกลั่น");
    // Kept when a count counts what is left out, or when nothing else is named.
    const late = "ทั้งนี้ หากไม่รวมโครงการที่มีการเบิกจ่ายล่าช้าอย่างต่อเนื่อง 4 โครงการ";
    expect(fact(late, "4 โครงการ").subject).toContain("โครงการที่มีการเบิกจ่ายล่าช้า");
    expect(fact("แต่ไม่รวมถึงสินค้าและบริการ 10 ประการ", "10 ประการ").subject).toContain("สินค้าและบริการ");
  });

  test("a figure after a list of examples (เช่น, อาทิ, ทั้ง) totals the kind named before the list", () => {
    // thaigov 2563-2567 (a price-cut fair's suppliers; a meeting's members; a skills course), the same forms.
    const fair = "ผู้ให้บริการ เช่น โรงพยาบาล ศูนย์บริการรถยนต์ และบริษัทขนส่งสินค้า/พัสดุ รวม 110 ราย";
    expect(fact(fair, "110 ราย").subject).toBe("ผู้ให้บริการ");
    const meeting = "โดยมีผู้แทนจากหน่วยงานที่เกี่ยวข้อง อาทิ กระทรวงยุติธรรม สำนักงานตำรวจแห่งชาติ สำนักงานอัยการสูงสุด และผู้ทรงคุณวุฒิ จำนวน 60 คน";
    expect(fact(meeting, "60 คน").subject).toBe("ผู้แทนจากหน่วยงานที่เกี่ยวข้อง");
    const course = "หลักสูตรที่ 2 พัฒนาทักษะอาชีพพื้นฐานด้านการบริการ เช่น กลุ่มอาชีพช่าง ซ่อมแอร์ ช่างเย็บผ้า ตัดผม จำนวน 40,000 คน";
    expect(fact(course, "40,000 คน").subject).toBe("ทักษะอาชีพพื้นฐานด้านการบริการ");
    // Not after one example, nor when a change stands between (the figure is the last item's), nor
    // when the items are offered in the alternative (each one's limit), nor when the word is glued
    // inside a chunk (รวมทั้ง, ด่านหน้าทั้งรัฐ).
    expect(fact("ส่งออกสินค้าเกษตร เช่น ทุเรียนสด มูลค่า 500 ล้านบาท", "500 ล้านบาท").subject).toBe("มูลค่าทุเรียนสด");
    expect(fact("เตรียมความพร้อมด้านยาและเวชภัณฑ์ เช่น จัดซื้อยา ฟาวิพิราเวียร์ เพิ่มอีก 3,500,000 เม็ด", "3,500,000 เม็ด").subject).toBe("ฟาวิพิราเวียร์");
    const lab = "สามารถเบิกค่ารักษาพยาบาลเพิ่มเติมได้ เช่น ค่าตรวจทางห้องปฏิบัติการด้วยเทคนิค Real time RT-PCR หรือเทคนิคอื่น ๆ เบิกได้เท่าที่จ่ายจริงไม่เกิน 2,200 บาทต่อครั้ง";
    expect(fact(lab, "2,200 บาทต่อครั้ง").subject).not.toContain("เบิกค่ารักษาพยาบาล");
    const visit = "เพื่อตรวจเยี่ยมให้กำลังผู้ประกันตน รวมทั้งติดตามคุณภาพชีวิต และมอบสิ่งของเพื่อเป็นขวัญและกำลังใจให้แก่ผู้ประกันตนที่ทุพพลภาพ จำนวน 2 ราย";
    expect(fact(visit, "2 ราย").subject).toContain("ผู้ประกันตนที่ทุพพลภาพ");
  });

  test("a line opening with a list's last item (และข้าว…) goes on with the line before", () => {
    // thaigov 2564 (the monthly export report, its line broken inside a list).
    const text = "ทั้งนี้มูลค่าการส่งออกขยายตัวต่อเนื่องเป็นเดือนที่เจ็ดติดต่อกัน โดยสินค้าที่ขยายตัวได้ดี ได้แก่ 1) สินค้าเกษตรและอาหาร โดยเฉพาะ ยางพารา ผลิตภัณฑ์มันสำปะหลัง\n"
      + "และข้าวที่ขยายตัวร้อยละ 83.6 44.4 และ 33.8 ต่อปี ตามลำดับ";
    expect(fact(text, "ร้อยละ 83.6").subject).toContain("ยางพารา");
    // Not a line that opens with และ and a number (และ 4.ผู้ลงทะเบียน…): an item of its own.
    expect(fact("กรอกข้อมูลรายละเอียดกิจการเพิ่มเติมให้ครบถ้วน เช่น\nและ 4.ผู้ลงทะเบียนจะได้ SMS ตอบกลับภายใน 3 วัน", "3 วัน").subject).not.toContain("กรอกข้อมูล");
  });

  test("a fiscal or school year left alone by an era marker is a time, not a subject", () => {
    // thaigov 2566 (the budget bill's deficit), 2563 (a survey's respondents).
    const deficit = "3. งบประมาณขาดดุล จำนวน 593,000 ล้านบาท ลดลงจากปีงบประมาณ พ.ศ. 2566 จำนวน 102,000 ล้านบาท";
    expect(fact(deficit, "102,000 ล้านบาท").subject).not.toBe("ปีงบประมาณ");
    const survey = "โดยในปีงบประมาณ พ.ศ. 2563 มีประชาชนเข้ามามีส่วนร่วมในการให้ข้อมูล จำนวน 1,301,665 ราย เพิ่มขึ้นมากกว่าปีงบประมาณที่ผ่านมาถึงร้อยละ 29.36";
    expect(fact(survey, "ร้อยละ 29.36").subject).not.toBe("ปีงบประมาณ");
    expect(fact(survey, "ร้อยละ 29.36").change).toBe("increase");
  });

  test("the meeting that decides (ที่ประชุม) is not what its figure counts", () => {
    // thaigov 2564 (a cabinet decision on the rice farmers' income guarantee).
    const text = "ทั้งนี้ ที่ประชุมเห็นชอบปรับเพิ่มวงเงินงบประมาณโครงการประกันรายได้เกษตรกรผู้ปลูกข้าว รอบที่ 1 จำนวน 2,000 ล้านบาท";
    expect(fact(text, "2,000 ล้านบาท").subject).toBe("วงเงินงบประมาณโครงการประกันรายได้เกษตรกรผู้ปลูกข้าว รอบที่ 1");
  });

  test("a count first on its line is named by what is glued after its classifier", () => {
    // thaigov 2563 (measures against COVID-19 in schools, a headline repeated as the body's first line).
    const text = "วันเสาร์ที่ 5 กันยายน 2563\nพิมพ์\n6 มาตรการหลักในการป้องกันเชื้อไวรัสโควิด-19 ในสถานศึกษา";
    expect(fact(text, "6 มาตรการ").subject).toBe("มาตรการหลักในการป้องกันเชื้อไวรัสโควิด-19");
  });

  test("digits right after an ordinal's cue words are the ordinal's, not a name's (ปีที่ 3 MRR)", () => {
    // thaigov 2563 (a housing bank's loan promotion).
    const promo = "สินเชื่อบ้าน อัตราดอกเบี้ย 2 ปีแรก คงที่ 2.99% ต่อปี ปีที่ 3 MRR ลบ 3.16% ต่อปี";
    expect(fact(promo, "3.16%").subject).toBe("MRR");
  });

  test("what remains (คงเหลือ) is of the noun before it; alone it names the figure", () => {
    // thaigov 2564 (medical supplies in stock), 2565 (a loan decree's remaining credit line).
    const stock = "ยาเรมเดซิเวียร์ 795 ขวด สำหรับผู้ป่วย 126 ราย หน้ากาก N95 คงเหลือ 2,782,082 ชิ้น ชุด PPE คงเหลือ 1,959,980 ชิ้น";
    expect([fact(stock, "2,782,082 ชิ้น").subject, fact(stock, "1,959,980 ชิ้น").subject]).toEqual(["หน้ากาก N95 คงเหลือ", "ชุด PPE คงเหลือ"]);
    expect(fact("จ่ายเงินชดเชยให้แก่เกษตรกรแล้ว 9 งวด เป็นเงิน 6,729.57 ล้านบาท คงเหลือจำนวน 6,649.42 ล้านบาท", "6,649.42 ล้านบาท").subject).toBe("คงเหลือ");
  });

  test("an anniversary's length named only by its occasion is the age of what is written after it", () => {
    // thaigov 2564–2568: a national day, a province's founding, relations; a name before stays.
    expect(fact("ร่วมแสดงความยินดีในโอกาสครบรอบ 60 ปี วันชาติสิงคโปร์", "60 ปี").subject).toBe("วันชาติสิงคโปร์");
    expect(fact("ร่วมแสดงความยินดีในโอกาสครบรอบ 11 ปี ของการสถาปนาจังหวัดบึงกาฬ จังหวัดลำดับที่ 77", "11 ปี").subject).toBe("การสถาปนาจังหวัดบึงกาฬ");
    expect(fact("ซึ่งปีนี้มีความพิเศษด้วยการครบรอบ 60 ปีแห่งการสถาปนาความสัมพันธ์ทางการทูต", "60 ปี").subject).toContain("ความพิเศษ");
    expect(fact("การบินไทยฉลองครบรอบ 63 ปี มอบคูปองเที่ยวบิน", "63 ปี").subject).toBe("การบินไทยฉลองครบรอบ");
  });

  test("a list item's name before the noun its items share names the item's figure with the noun", () => {
    // thaigov 2565 (tour businesses' capital by nationality), 2564 (agricultural exports by product).
    const capital = "มีนักลงทุนชาวไทยครองแชมป์อันดับ 1 มูลค่าทุน 3.7 หมื่นล้านบาท (ร้อยละ 87.2) รองลงมา คือ จีน ทุน 1.1 พันล้านบาท (ร้อยละ 2.6) เกาหลีใต้ ทุน 528 ล้านบาท (ร้อยละ 1.2) และสัญชาติอื่น ๆ ทุน 3.4 พันล้านบาท (ร้อยละ 8)";
    expect(["1.1 พันล้านบาท", "528 ล้านบาท", "3.4 พันล้านบาท"].map((t) => fact(capital, t).subject)).toEqual(["จีน ทุน", "เกาหลีใต้ ทุน", "สัญชาติอื่น ๆ ทุน"]);
    expect(fact(capital, "ร้อยละ 1.2").subject).toBe("เกาหลีใต้ ทุน");
    const exports = "มังคุดและผลิตภัณฑ์ มูลค่าการส่งออก 16,705 ล้านบาท ยางแท่ง มูลค่าการส่งออก 54,752 ล้านบาท น้ำยางข้น มูลค่าการส่งออก 32,172 ล้านบาท";
    expect(fact(exports, "54,752 ล้านบาท").subject).toBe("ยางแท่ง มูลค่าการส่งออก");
    // Not a noun the item before did not have, nor a word glued to the figure before's unit.
    expect(fact("ที่ดินทำกิน 3 ไร่ ผู้ป่วย จำนวน 44 ราย", "44 ราย").subject).toBe("ผู้ป่วย");
    const regions = "ภาคกลาง 19.02 ล้านคน-ครั้ง รายได้ 2.03 แสนล้านบาท ภาคตะวันออก 13.86 ล้านคน-ครั้ง รายได้ 6.11 หมื่นล้านบาท";
    // A noun of money right after a count is the count's item's (`subject_value_noun`): the region's income.
    expect(fact(regions, "6.11 หมื่นล้านบาท").subject).toBe("ภาคตะวันออก รายได้");
  });

  test("three names or more after ได้แก่ are paired with as many figures that ตามลำดับ closes; a list whose names hold spaces is left alone", () => {
    // Regional economic reports (สศค.): the main export markets, respectively.
    const markets = "การส่งออกไปตลาดหลัก ได้แก่ อินเดีย อาเซียน-5 จีน และสหรัฐฯ ที่ขยายตัวที่ร้อยละ 76.1 25.7 23.3 และ 20.2 ต่อปี ตามลำดับ";
    expect(["ร้อยละ 76.1", "25.7", "23.3", "20.2"].map((t) => fact(markets, t).subject)).toEqual(["อินเดีย", "อาเซียน-5", "จีน", "สหรัฐฯ"]);
    // A group's number after a space is its name's too (อาเซียน 9).
    const nine = "การส่งออกไปตลาดหลัก ได้แก่ อินเดีย ตะวันออกกลาง อาเซียน 9 และสหรัฐฯ ที่ขยายตัวจากช่วงเดียวกันปีก่อนที่ร้อยละ 33.3 27.4 22.6 และ 4.7 ตามลำดับ";
    expect(["ร้อยละ 33.3", "27.4", "22.6", "4.7"].map((t) => fact(nine, t).subject)).toEqual(["อินเดีย", "ตะวันออกกลาง", "อาเซียน 9", "สหรัฐฯ"]);
    // โดยเฉพาะ (in particular) opens a list of examples, as เช่น does.
    const especially = "ส่วนใหญ่ปรับตัวดีขึ้น โดยเฉพาะทวีปออสเตรเลีย สหรัฐฯ และญี่ปุ่น ที่ขยายตัวร้อยละ 22.4 21.7 และ 15.7 ตามลำดับ";
    expect(["ร้อยละ 22.4", "21.7", "15.7"].map((t) => fact(especially, t).subject)).toEqual(["ทวีปออสเตรเลีย", "สหรัฐฯ", "ญี่ปุ่น"]);
    // After a clause start too, with a gloss in brackets and a name parted by ณ held together.
    const reflect = "สะท้อนจากภาษีมูลค่าเพิ่ม ณ ราคาคงที่ (ข้อมูลเบื้องต้น) จำนวนรถยนต์นั่งจดทะเบียนใหม่ และจำนวนรถจักรยานยนต์จดทะเบียนใหม่ ที่ขยายตัวร้อยละ 9.5 5.2 และ 13.6 ต่อปี ตามลำดับ";
    expect(["ร้อยละ 9.5", "5.2", "13.6"].map((t) => fact(reflect, t).subject))
      .toEqual(["ภาษีมูลค่าเพิ่ม ณ ราคาคงที่ (ข้อมูลเบื้องต้น)", "จำนวนรถยนต์นั่งจดทะเบียนใหม่", "จำนวนรถจักรยานยนต์จดทะเบียนใหม่"]);
    // With no word opening the list, the run starts its clause; the first name holds the shared noun (business sentence).
    const opened = "ตลาดสหรัฐฯ จีน และญี่ปุ่น ขยายตัว 12.5% 8.1% และ 3.2% ตามลำดับ";
    expect(["12.5%", "8.1%", "3.2%"].map((t) => fact(opened, t).subject)).toEqual(["ตลาดสหรัฐฯ", "จีน", "ญี่ปุ่น"]);
    // Four chunks for three figures: a name holds a space (ตลาด CLMV).
    const spaced = "ตลาดที่ยังคงขยายตัว ได้แก่ ทวีปออสเตรเลีย ตลาด CLMV และสหราชอาณาจักร ขยายตัวที่ร้อยละ 18.8 10.6 และ 3.7 ตามลำดับ";
    expect(fact(spaced, "ร้อยละ 18.8").subject).not.toBe("ทวีปออสเตรเลีย");
    // A joint inside a name (การขายส่งและขายปลีก) is no list's; another name after it is not the last.
    const sectors = "สาขาที่มีการจ้างงานเพิ่มขึ้นได้แก่ สาขาก่อสร้าง การขายส่งและขายปลีก การขนส่ง/เก็บสินค้า ที่เพิ่มขึ้นร้อยละ 6.6 4.6 และ 3.3 ตามลำดับ";
    expect(fact(sectors, "ร้อยละ 6.6").subject).not.toBe("สาขาก่อสร้าง");
  });


  test("two names joined right before two figures joined pair with them, with or without ตามลำดับ; a list after them naming nothing takes the same names", () => {
    // Regional economic reports (สศค., 2564): A and B fell 18.8 and 35.1 year on year, and 2.7 and 22.7 month on month.
    const cars = "สะท้อนจากจำนวนรถยนต์นั่งจดทะเบียนใหม่ และจำนวนรถจักรยานยนต์จดทะเบียนใหม่ ชะลอตัวลงร้อยละ -18.8 และ -35.1 เมื่อเทียบกับช่วงเดียวกันของปีก่อน และเมื่อเทียบกับเดือนก่อนหน้าหลังขจัดผลทางฤดูกาลชะลอตัวลงร้อยละ -2.7 และ -22.7 ตามลำดับ";
    expect(["ร้อยละ -18.8", "-35.1", "ร้อยละ -2.7", "-22.7"].map((t) => fact(cars, t).subject))
      .toEqual(["รถยนต์นั่งจดทะเบียนใหม่", "จำนวนรถจักรยานยนต์จดทะเบียนใหม่", "รถยนต์นั่งจดทะเบียนใหม่", "จำนวนรถจักรยานยนต์จดทะเบียนใหม่"]);
    // A base list closed by its own ตามลำดับ (20 MB slice, the north's report of February 2564).
    const trucks = "สะท้อนจากจำนวนรถยนต์บรรทุกส่วนบุคคลจดทะเบียนใหม่ และจำนวนรถบรรทุกจดทะเบียนใหม่  ขยายตัวร้อยละ 9.4 และ 19.5 ต่อปี ตามลำดับ จากเดือนก่อนหน้าที่อยู่ที่ร้อยละ 7.9 และ -1.3 ต่อปี ตามลำดับ";
    expect([fact(trucks, "ร้อยละ 7.9").subject, fact(trucks, "-1.3").subject]).toEqual(["รถยนต์บรรทุกส่วนบุคคลจดทะเบียนใหม่", "จำนวนรถบรรทุกจดทะเบียนใหม่"]);
    // A new clause that names its own subject is not the list before's.
    const own = "ชะลอตัวลงร้อยละ -2.7 และ -22.7 ตามลำดับ อย่างไรก็ดี ยังมีปัจจัยสนับสนุนจากการจัดเก็บภาษีมูลค่าเพิ่ม ณ ราคาคงที่ ที่ขยายตัวร้อยละ 9.5 และ 5.8 เมื่อเทียบกับช่วงเดียวกันของปีก่อน";
    expect(fact(`สะท้อนจากจำนวนรถยนต์นั่งจดทะเบียนใหม่ และจำนวนรถจักรยานยนต์จดทะเบียนใหม่ ${own}`, "5.8").subject).toContain("ภาษีมูลค่าเพิ่ม");
    // Measures of one thing side by side, no join word between, are no pair (groups and farmers of one payment).
    const grants = "กรมการข้าวคาดว่าจะมีเกษตรกรผ่านเกณฑ์การประเมิน และรับเงินอุดหนุน 6,270 กลุ่ม 130,530 ราย";
    expect(fact(grants, "6,270 กลุ่ม").subject).not.toBe("เกษตรกรผ่านเกณฑ์การประเมิน");
  });

  test("figures that ตามลำดับ pairs with two comparisons, not two names, share the one subject", () => {
    // Regional economic reports (สศค.): year on year, and month on month, respectively; เมื่อเทียบ is no name.
    const both = "สะท้อนจากเงินทุนของโรงงานที่เริ่มประกอบกิจการขยายตัวเมื่อเทียบกับช่วงเดียวกันของปีก่อนและเมื่อเทียบเดือนก่อนหน้าหลังขจัดผลทางฤดูกาล ที่ร้อยละ 290.9 และ 10.3 ตามลำดับ";
    expect(fact(both, "10.3").subject).toBe(fact(both, "ร้อยละ 290.9").subject);
    expect(fact(both, "10.3").subject).toContain("เงินทุนของโรงงาน");
  });
  test("two names before a list of two figures that ตามลำดับ closes are paired with them in order", () => {
    // thaigov, exports of November 2563 (ญี่ปุ่น, สหภาพยุโรป); labour force survey (ปวช., ปวส.).
    const exports = "โดยการส่งออกไปสหรัฐฯ ขยายตัวสูงถึงร้อยละ 19.7 ขณะที่ญี่ปุ่น และสหภาพยุโรป (15) ปรับตัวดีขึ้นจากเดือนก่อนมาก โดยหดตัวร้อยละ 1.9 และร้อยละ 4.4 ตามลำดับ";
    expect([fact(exports, "ร้อยละ 1.9").subject, fact(exports, "ร้อยละ 4.4").subject]).toEqual(["ญี่ปุ่น", "สหภาพยุโรป (15)"]);
    const schooling = "รองลงมาเป็นระดับ ปวช. และ ปวส. ร้อยละ 2.79 และ 2.73 ตามลำดับ";
    expect([fact(schooling, "ร้อยละ 2.79").subject, fact(schooling, "2.73").subject]).toEqual(["ปวช.", "ปวส."]);
    // The second name ends at a word a subject is trimmed of (มี).
    const regions = "โดยภาคใต้และภาคใต้ชายแดนมีความพึงพอใจในระดับมากสูงกว่าภาคอื่นคือร้อยละ 57.9 และร้อยละ 54.5 ตามลำดับ";
    expect(fact(regions, "ร้อยละ 54.5").subject).toBe("ภาคใต้ชายแดน");
    // Three names or more run on between spaces, which a name may hold too: left as they are.
    const groups = "กลุ่มการใช้น้ำประปา ไฟฟ้าและพลังงาน การบริการสุขภาพ และกลุ่มการบริการด้านการศึกษาขยายตัวร้อยละ 3.7 ร้อยละ 4.3 และร้อยละ 0.7 ตามลำดับ";
    expect(fact(groups, "ร้อยละ 3.7").subject).not.toBe("ไฟฟ้าและพลังงาน");
    // Without ตามลำดับ too, when the two names stand right before the two figures (see the next test).
    expect(fact("ข้าว และมันสำปะหลัง เพิ่มขึ้นร้อยละ 5 และร้อยละ 3", "ร้อยละ 3").subject).toBe("มันสำปะหลัง");
  });

  test.each([
    // โดย starts a clause of cue words only: it goes on about the clause before.
    ["เพราะปีที่ผ่านมา ราคายางแผ่นดิบโดยเฉลี่ย กก.ละ 40 บาท แต่ช่วงเวลานี้มีราคาทรงตัว", "40 บาท", "ราคายางแผ่นดิบ"],
    ["โดยการจัดเก็บภาษีมูลค่าเพิ่ม ณ ระดับราคาคงที่ปรับตัวดีขึ้น โดยขยายตัวร้อยละ 4.3 จากเดือนก่อนหน้า", "ร้อยละ 4.3", "การจัดเก็บภาษีมูลค่าเพิ่ม"],
  ])("a shared clause start's empty clause takes the clause before's subject (%s)", (text, written, subject) => {
    expect(fact(text, written).subject).toContain(subject);
  });

  test("no subject is a period or a verb alone: YoY, a crop year, ทำ, รับทราบ, ฟื้น, อาจ, จัดเก็บ", () => {
    // Krungthai COMPASS, thaigov 61861: the period a change is measured over is when, not what.
    const gdp = "เศรษฐกิจไตรมาสที่ 3/2565 ขยายตัว 4.5%YoY เร่งตัวขึ้นจากไตรมาสก่อนที่เติบโต 2.5% โดยเป็นขยายตัวต่อเนื่อง 1.2% QoQSA";
    expect([fact(gdp, "2.5%").subject, fact(gdp, "1.2%").subject]).toEqual(["เศรษฐกิจ", "เศรษฐกิจ"]);
    // A crop year with a slash is one time reference, cut whole (thaigov 68045).
    const rice = "ที่ประชุมเห็นชอบการกำหนดเป้าหมายการผลิตข้าว ปีการผลิต 2566/67 จำนวน 31.632 ล้านตันข้าวเปลือก";
    expect(fact(rice, "31.632 ล้านตันข้าวเปลือก").subject).not.toContain("2566");
    expect(fact(rice, "31.632 ล้านตันข้าวเปลือก").year).toBeUndefined();
    const cane = "1.1.2 ฤดูการผลิตปี 2565/2566 ไม่เกินร้อยละ 5";
    expect(fact(cane, "ร้อยละ 5").subject).toBeUndefined();
    expect(fact("จากปี 2567 ที่ทำได้ 572,675 คัน", "572,675 คัน").subject).toBeUndefined();
    expect(fact("ส่งออกปลาทูน่ากระป๋อง 1.16 ล้านตัน ทำรายได้ 9.2 หมื่นล้านบาท", "9.2 หมื่นล้านบาท").subject).toBe("รายได้");
    expect(fact("2. รับทราบ จำนวน 5 เรื่อง ได้แก่", "5 เรื่อง").subject).toBe("เรื่อง");
    expect(fact("SME ทั้งปี 2567 จะหดตัว 3.0-4.0% และ NPL ratio อาจขึ้นไปแตะ 8.5%", "8.5%").subject).toBe("NPL ratio");
    expect(fact("3 กรมภาษี จัดเก็บได้กว่า 2 ล้านล้านบาท", "2 ล้านล้านบาท").subject).toBe("กรมภาษี");
    expect(fact("ความคืบหน้างานก่อสร้างชั้นใต้ดิน คืบหน้ากว่า 40% เป็นไปตามแผนงาน", "40%").subject).toBe("ความคืบหน้างานก่อสร้างชั้นใต้ดิน");
    expect(fact("Krungthai COMPASS คาดรายได้ธุรกิจโรงแรมปี 67 ฟื้นแตะ 3.2 แสนล้านบาท", "3.2 แสนล้านบาท").subject).toBe("รายได้ธุรกิจโรงแรม");
  });

  test("ปริมาณ, as มูลค่า, names nothing at a subject's end: the thing before it does", () => {
    expect(fact("ผลผลิตกุ้งเพาะเลี้ยงของไทยในปี 2567 มีปริมาณ 285,000 ตัน เพิ่มขึ้น 8.4%", "285,000 ตัน").subject).toBe("ปริมาณผลผลิตกุ้งเพาะเลี้ยงของไทย");
    // A period between the name and its measure word: the measure is of what the period is of.
    const border = "การค้าชายแดนและผ่านแดนของไทยช่วง 8 เดือนแรกของปี 2567 (มกราคม-สิงหาคม) มีมูลค่ารวม 1,215,480 ล้านบาท เพิ่มขึ้น 5.2%";
    expect([fact(border, "1,215,480 ล้านบาท").subject, fact(border, "5.2%").subject]).toEqual(["การค้าชายแดนและผ่านแดนของไทย", "การค้าชายแดนและผ่านแดนของไทย"]);
    // The period's ordinal glued to the measure word (9 เดือน|แรกมีมูลค่า): the same (thaigov: 5 เดือนแรกมีมูลค่ากว่า…).
    expect(fact("การส่งออกยางพาราในช่วง 9 เดือนแรกมีมูลค่า 112,000 ล้านบาท", "112,000 ล้านบาท").subject).toBe("มูลค่าการส่งออกยางพารา");
    // thaigov: a tax by volume is one word; its rate keeps its name.
    expect(fact("โดยกำหนดอัตราภาษีตามปริมาณในอัตราลิตรละ 1.440 บาท", "1.440 บาท").subject).toContain("ภาษีตามปริมาณ");
  });

  test("a predicate between the noun and its figure is skipped; a time of the year is no subject", () => {
    // thaigov: ททท.'s forecast.
    expect(fact("ททท. คาดการณ์ ในปี 2566 จะมีนักท่องเที่ยว มาเยือนประเทศไทยถึง 18 ล้านคน", "18 ล้านคน").subject).toBe("นักท่องเที่ยว");
    // One word may stand before the predicate's verb (เข้า|มาเยือน, thaigov 64456).
    expect(fact("จากสถิติของนักท่องเที่ยวต่างชาติ ที่เข้ามาเยือนในประเทศไทย ช่วงเดือนธันวาคม 2565 มีจำนวนมากถึง 2,241,195 คน", "2,241,195 คน").subject).toContain("นักท่องเที่ยวต่างชาติ");
    // Alone in its clause, the phrase stays.
    expect(fact("มาเยือนประเทศไทยถึง 18 ล้านคน", "18 ล้านคน").subject).toBe("มาเยือนประเทศไทย");
    // นับว่า, ถือว่า (it counts as) are trimmed: how a figure is judged, never what it measures (thaigov 2565).
    const exports = "ขณะที่ภาพรวมการส่งออกของไทย 8 เดือนแรก มีมูลค่า 196,446.83 ล้านดอลลาร์สหรัฐ ขยายตัวร้อยละ 11.0 หรือคิดเป็นเงินไทย 6,635,446.32 ล้านบาท นับว่าขยายตัวร้อยละ 21.93";
    expect(fact(exports, "ร้อยละ 21.93").subject).toBe("การส่งออกของไทย");
    expect(fact("คาดว่าเงินบาท ณ สิ้นปีจะอยู่ที่ระดับ 34 บาทต่อดอลลาร์", "34 บาทต่อดอลลาร์").subject).toBe("เงินบาท");
  });

  test("a count after ผ่าน (via) is of the channels its classifier and the words glued after it name", () => {
    expect(fact("การจำหน่ายพันธบัตรออมทรัพย์พิเศษรุ่นเราชนะ ผ่าน 4 ธนาคารตัวแทนจำหน่าย ได้รับความสนใจ", "4 ธนาคาร").subject).toBe("ธนาคารตัวแทนจำหน่าย");
    // With nothing glued after it, the classifier names the channels, not the word ผ่าน alone before it.
    expect(fact("การจำหน่ายให้กับประชาชน วงเงิน 35,000 ล้านบาท ผ่าน 2 ช่องทาง ได้แก่ วอลเล็ต สบม.", "2 ช่องทาง").subject).toBe("ช่องทาง");
  });

  test("both, in words (ทั้งสองฝ่าย), is no figure, yet ends the phrase before the next one as a figure would", () => {
    // thaigov 2565 (a bilateral meeting, a relief budget).
    const meeting = "ไทยเป็นเจ้าภาพจัดประชุม หลังจากทั้งสองประเทศว่างเว้นการประชุมมา 6 ปี";
    expect(factsOf(meeting).map((f) => f.text)).toEqual(["6 ปี"]);
    expect(fact(meeting, "6 ปี").subject).toBe("ว่างเว้นการประชุม");
    // Right before the figure, cue words aside, it qualifies the phrase before it, which goes on.
    const relief = "โดยประมาณการกรอบวงเงินในการเยียวยาช่วยเหลือทั้งสองมาตรการ จำนวน 33,000 ล้านบาท";
    expect(fact(relief, "33,000 ล้านบาท").subject).toContain("กรอบวงเงินในการเยียวยาช่วยเหลือ");
  });

  test("a length after ระยะเวลา is named with the noun, after the phrase before its span or the figure before's", () => {
    // thaigov 2565 (a tax cut on electric cars, a bank's relief for small borrowers, a sales drive).
    const tax = "มีผลบังคับใช้แล้ว ลดภาษีสูงถึง 80% เป็นระยะเวลา 1 ปี";
    expect(fact(tax, "1 ปี").subject).toBe("ระยะเวลาภาษี");
    // The figure before keeps its own phrase.
    expect(fact(tax, "80%").subject).toBe("ภาษี");
    expect(fact("ลูกค้าสามารถขอลดค่างวดสูงสุด 30% ของค่างวดเดิมระยะเวลา 6 เดือน", "6 เดือน").subject).toBe("ระยะเวลาค่างวด");
    // Qualifier words between, and the segmenter's cut (ตลอดระยะ|เวลา), change nothing; nothing before: the noun alone.
    expect(fact("โดยตลอดระยะเวลากว่า 71 ปี", "71 ปี").subject).toBe("ระยะเวลา");
    // A figure after the length shares the phrase without the noun: the money is no length's.
    const drive = "ภาครัฐช่วยเหลือวงเงินค่าซื้อสินค้า ระยะเวลา 2 เดือน วงเงิน 1,800 บาท";
    expect(fact(drive, "2 เดือน").subject).toBe("ระยะเวลาภาครัฐช่วยเหลือวงเงินค่าซื้อสินค้า");
    expect(fact(drive, "1,800 บาท").subject).not.toContain("ระยะเวลา");
    // Another span's noun (ใช้เวลา: takes) is no length's noun.
    expect(fact("ส่วนการตรวจไวรัสทั้งตัว (Whole genome sequencing) ใช้เวลา 3-5 วัน", "3-5 วัน").subject).toBe("การตรวจไวรัสทั้งตัว");
  });

  test("a count after one of (1 ใน, หนึ่งใน) is the size of the set its classifier names, not of the one before it", () => {
    // A headline's (thaigov 2565): the phrase before is who ranks, cut after the 1.
    expect(fact("“รมว.ปุ๋ง” ร่วมยินดีเด็กไทยสร้างชื่อติด 1 ใน 12 ทีม ผู้เข้าร่วมการแข่งขัน", "12 ทีม").subject).toBe("ทีม");
    expect(fact("ดร.เฉลิมชัย ศรีอ่อน เป็น 1 ใน 6 รัฐมนตรี จากประเทศสมาชิก 194 ประเทศ", "6 รัฐมนตรี").subject).toBe("รัฐมนตรี");
    // The segmenter's dictionary holds หนึ่งใน as one word.
    expect(fact("ไทยเป็นหนึ่งใน 5 ประเทศแรก", "5 ประเทศ").subject).toBe("ประเทศ");
    // A relative clause glued after the classifier says which set, even with the one's name before holding the classifier.
    expect(fact("โดยประเทศไทยเป็น 1 ใน 5 ประเทศแรกที่ร่วมลงนามกับ WHO", "5 ประเทศ").subject).toContain("ประเทศแรกที่ร่วมลงนาม");
    // A classifier that names no kind (แห่ง) names no set: the phrase before still says of what.
    expect(fact("ในฐานะสมาชิกระดับ Platinum เป็น 1 ใน 9 แห่งจากจำนวน 128 สถาบัน", "9 แห่ง").subject).not.toBe("แห่ง");
  });

  test("a count after ตาม, จาก, ใน is of what is glued after its classifier", () => {
    const plans = "เป็นประธานการประชุมติดตามการดำเนินงานตาม 5 แผนงานการป้องกันและแก้ไขสถานการณ์ Covid-19 ภายในสถานที่ควบคุม";
    expect(fact(plans, "5 แผน").subject).toContain("แผนงานการป้องกัน");
    const groups = "ได้พัฒนาหลักสูตร up skill นักเรียน นักศึกษาก่อนเข้าสู่ตลาดแรงงานใน 12 กลุ่มเทคโนโลยีกว่า 2,500 หลักสูตร";
    expect(fact(groups, "12 กลุ่ม").subject).toContain("กลุ่มเทคโนโลยี");
    // With nothing glued after its classifier, the phrase before still names it.
    expect(fact("มีผู้ติดเชื้อรายใหม่ ใน 77 จังหวัด", "77 จังหวัด").subject).toBe("ผู้ติดเชื้อรายใหม่");
  });

  test("a balance's state (ขาดดุล, เกินดุล) is trimmed: the balance is measured", () => {
    const trade = "หดตัวร้อยละ 3.8 ดุลการค้า 11 เดือนแรกของปี 2566 ขาดดุล 6,165.3 ล้านเหรียญสหรัฐ";
    expect(fact(trade, "6,165.3 ล้านเหรียญสหรัฐ").subject).toBe("ดุลการค้า");
    const current = "ทำให้ดุลบัญชีเดินสะพัดเกินดุลร้อยละ 2.8 ของ GDP";
    expect(fact(current, "ร้อยละ 2.8").subject).toBe("ดุลบัญชีเดินสะพัด");
  });

  test("เงิน after a cue word (เป็นเงิน) is the money of what is named before; after another word it stays", () => {
    const grants = "เงินปรับสภาพแวดล้อมที่อยู่อาศัยสำหรับคนพิการ จำนวน 5 ราย เป็นเงิน 200,000 บาท เงินกู้ยืมเพื่อการประกอบอาชีพ";
    expect(fact(grants, "200,000 บาท").subject).toBe("เงินปรับสภาพแวดล้อมที่อยู่อาศัยสำหรับคนพิการ");
    expect(fact("จ่ายค่าจ้างแทนการบอกกล่าวล่วงหน้า ค่าชดเชยเป็นเงิน 212,900,746.87 บาท และ", "212,900,746.87 บาท").subject).toBe("ค่าชดเชย");
    // เป็นเงิน as a phrase of its own, amounting to: the phrase before it names the figure (thaigov 2565: the
    // rice farmers' payments; corpus: donations, a new-year gift), and เงิน alone only when nothing does.
    const rice = "ประกอบไปด้วย โครงการสนับสนุนค่าบริหารจัดการและพัฒนาคุณภาพผลผลิตเกษตรกรผู้ปลูกข้าว ปีการผลิต2565/66 (โครงการไร่ละพัน) เป็นเงินกว่า 52,394 ล้านบาท";
    expect(fact(rice, "52,394 ล้านบาท").subject).toBe("โครงการสนับสนุนค่าบริหารจัดการและพัฒนาคุณภาพผลผลิตเกษตรกรผู้ปลูกข้าว");
    expect(fact("ของยอดเงินบริจาค คิดเป็นเงิน จำนวน 1,965,653 บาท", "1,965,653 บาท").subject).toBe("ยอดเงินบริจาค");
    expect(fact("เป็นเงิน 2,500 บาท", "2,500 บาท").subject).toBe("เงิน");
    // เป็นจำนวนเงิน too (20 MB slice: a bank's relief loans); จำนวนเงิน with no เป็น keeps it (above).
    expect(fact("สินเชื่อแก่ผู้ประกอบการที่ได้รับผลกระทบ เป็นจำนวนเงิน 4,050 ล้านบาท", "4,050 ล้านบาท").subject).toBe("สินเชื่อแก่ผู้ประกอบการที่ได้รับผลกระทบ");
    // Before another measure word (เงินมูลค่า: money valued at), that word is the measure alone.
    expect(fact("เป็นเงินมูลค่ากว่า 200,000 บาท", "200,000 บาท").subject).toBe("มูลค่า");
    // A verb's object (กู้เงิน) and an amount with nothing named before it (จำนวนเงิน) keep it.
    expect(fact("สำหรับกลุ่ม ที่กู้เงินไม่เกิน 50,000 บาท จำนวน 14 ราย", "50,000 บาท").subject).toBe("กู้เงิน");
    expect(fact("สำหรับลูกค้าที่ซื้อสลากออมทรัพย์ จำนวนเงินตั้งแต่ 5 แสนบาท แต่ไม่เกิน 2 ล้านบาทต่อรายการ", "5 แสนบาท").subject).toContain("เงิน");
    // Nor does it end a change verb's object: the cut is still a fall.
    const cut = "คาดว่าจะมีเงินสมทบลดลงหลังจากการปรับลดอัตราการจ่ายเงินสมทบ 6 เดือน จำนวน 567 ล้านบาท เหลือจำนวน 850.5 ล้านบาท";
    expect(fact(cut, "567 ล้านบาท").change).toBe("decrease");
  });

  test("a day of the week says when, not what", () => {
    expect(fact("หลังจากนั้นจะได้รับเงินโอนเข้า 1,000 บาท ทุกวันศุกร์ จนครบ 7,000 บาท", "7,000 บาท").subject).toBe("เงินโอนเข้า");
    expect(factsOf("พระราชพิธีเมื่อวันพฤหัสบดีที่ 15 วันเสาร์ที่ 17 และ").filter((f) => f.kind === "duration")).toEqual([]);
  });

  test("a percentage that is a share (สัดส่วน) of the figure before shares its subject", () => {
    const units = "ขณะที่หน่วยขายได้ใหม่มากที่สุด โดยมีจำนวนทั้งสิ้น 234 หน่วย คิดเป็นสัดส่วนร้อยละ 47.3 สำหรับหน่วยเหลือขาย";
    expect(fact(units, "ร้อยละ 47.3").subject).toBe(fact(units, "234 หน่วย").subject);
    const imports = "1. จีน นำเข้า 1.25 ล้านตัน คิดเป็นมูลค่า 16,997 ล้านบาท สัดส่วน 22.75%";
    expect(fact(imports, "22.75%").subject).toBe("มูลค่าจีน นำเข้า");
    // Another measure word is no share: อัตรา 5% after a count is a rate of its own.
    expect(fact("มีผู้ป่วย 500 ราย อัตรา 5%", "5%").subject).not.toBe("ผู้ป่วย");
  });

  test("a total after items that name different things is of what their names share", () => {
    const herd = "กรมปศุสัตว์ ได้มอบกรรมสิทธิ์แม่โค - กระบือในพื้นที่จังหวัดสกลนคร เป็นกรรมสิทธิ์แม่โค จำนวน 546 ราย และกรรมสิทธิ์แม่กระบือ จำนวน 266 ราย รวมเป็น จำนวน 812 ราย คิดเป็นมูลค่า 23,548,000 บาท";
    expect(fact(herd, "812 ราย").subject).toBe("กรรมสิทธิ์แม่");
    // What shared the total's subject (its value) goes with it.
    expect(fact(herd, "23,548,000 บาท").subject).toBe("มูลค่ากรรมสิทธิ์แม่");
    const wards = "ได้เปิดหอผู้ป่วยโควิดเฉพาะกิจ จำนวน 34 เตียง และได้เปิดหอผู้ป่วยโควิดส่วนขยาย เพิ่มอีก 200 เตียง รวมทั้งหมด 234 เตียง";
    expect(fact(wards, "234 เตียง").subject).toBe("หอผู้ป่วยโควิด");
    const masks = "สนับสนุนหน้ากากคาร์บอน 200 ชิ้น และหน้ากาก N95 จำนวน 50 ชิ้น รวมทั้งหมด 250 ชิ้น";
    expect(fact(masks, "250 ชิ้น").subject).toBe("หน้ากาก");
    // Items that share no name leave the total as it was.
    const cases = "มีจำนวนคดี ได้แก่ บุหรี่ จำนวน 849 คดี และบารากู่ จำนวน 656 คดี รวม 1,505 คดี";
    expect(fact(cases, "1,505 คดี").subject).toBe(fact(cases, "656 คดี").subject);
  });

  test("a weekday written without วัน is a word of time, as with it: a base in brackets shares the figure's subject", () => {
    const rail = "รถไฟฟ้าสายสีแดง มีผู้ใช้บริการ 22,317 คน-เที่ยว (เมื่อเสาร์ที่ 14 ต.ค. 66 จำนวน 16,371 คน-เที่ยว)";
    expect(fact(rail, "16,371 คน-เที่ยว").subject).not.toBe("เสาร์");
    expect(fact(rail, "16,371 คน-เที่ยว").subject).toBe(fact(rail, "22,317 คน-เที่ยว").subject);
  });

  test("two measure words run together name one measure when nothing else names the figure", () => {
    expect(fact("ค่าดัชนีอยู่ที่ระดับ 91.88 จุด", "91.88 จุด").subject).toBe("ค่าดัชนี");
    expect(fact("โดยทั้ง 2 จังหวัดมีสัดส่วนมูลค่ารวมกันสูงถึง 80.4% ของทั่วประเทศ", "80.4%").subject).toBe("สัดส่วนมูลค่า");
  });

  test("a price band (ระดับราคา) is one name, not a level's word and a price; at constant prices is no name", () => {
    // REIC's housing reports, the same form.
    const band = "รองลงมาคือ ระดับราคา 3.01 - 5.00 ล้านบาท มีจำนวน 784 หน่วย คิดเป็น 27.4%";
    expect([fact(band, "3.01 - 5.00 ล้านบาท").subject, fact(band, "784 หน่วย").subject]).toEqual(["ระดับราคา", "ระดับราคา"]);
    const vat = "อย่างไรก็ดี ภาษีมูลค่าเพิ่ม ณ ระดับราคาคงที่ และปริมาณการจำหน่ายรถยนต์นั่ง ลดลงจากช่วงเดียวกันปีก่อนร้อยละ -7.0 และ -1.4 ตามลำดับ";
    expect(fact(vat, "ร้อยละ -7.0").subject).toBe("ภาษีมูลค่าเพิ่ม");
    // So are a water level and a bank's (a flood report's form).
    const river = "ที่สถานี Y.20 ระดับน้ำ 8.71 ม. จากระดับตลิ่ง 8.10 ม.";
    expect([fact(river, "8.71 ม.").subject, fact(river, "8.10 ม.").subject]).toEqual(["ระดับน้ำ", "ระดับตลิ่ง"]);
  });

  test("a count whose classifier heads a relative clause before it in its sentence counts that phrase", () => {
    // thaigov 2565-2566 (flood relief, water projects), the same forms.
    const flood = "จากการสำรวจเบื้องต้น มีครัวเรือนที่ได้รับผลกระทบจากอุทกภัย ในพื้นที่ กทม. และ 15 จังหวัด จำนวน 237,048 ครัวเรือน";
    expect(fact(flood, "237,048 ครัวเรือน").subject).toContain("ครัวเรือนที่ได้รับผลกระทบจากอุทกภัย");
    const water = "3.3 โครงการที่คณะกรรมการทรัพยากรน้ำแห่งชาติเห็นชอบแล้ว และอยู่ระหว่างเตรียมความพร้อมก่อนเสนอคณะรัฐมนตรี จำนวน 4 โครงการ";
    expect(fact(water, "4 โครงการ").subject).toBe("โครงการที่คณะกรรมการทรัพยากรน้ำแห่งชาติเห็นชอบแล้ว");
    // At the text's very start too (the search back once looped there for ever); a trimmed word alone is left out.
    expect(fact("โครงการที่เสนอโดยท้องถิ่น จำนวน 1 โครงการ", "1 โครงการ").subject).toBe("โครงการที่เสนอโดยท้องถิ่น");
    // Not an ordinal (รางวัลที่ 1), nor another count's classifier (6 อำเภอที่…), nor all of a known set.
    const prizes = "โดยรางวัลที่ 1 รถยนต์นั่งส่วนบุคคล จำนวน 1 รางวัล";
    expect(fact(prizes, "1 รางวัล").subject).not.toContain("รางวัลที่");
    const vaccine = "จะกระจายให้ 6 อำเภอที่มีการระบาดสูง อีกร้อยละ 30 จะฉีดให้กลุ่มเป้าหมายในอีก 14 อำเภอ";
    expect(fact(vaccine, "14 อำเภอ").subject).not.toContain("อำเภอที่มีการระบาดสูง");
  });

  test("a total after a list of names is of what the figure counting them measures, not of the last name", () => {
    // A flood report of thaigov's form (our own words): the areas after the provinces counted.
    const flood = "จ.ลำพูน เกิดน้ำท่วมในพื้นที่ 5 อำเภอ ได้แก่ อ.บ้านธิ อ.ป่าซาง และ อ.แม่ทา รวม 17 ตำบล 60 หมู่บ้าน ประชาชนได้รับผลกระทบ 148 ครัวเรือน";
    expect([fact(flood, "17 ตำบล").subject, fact(flood, "60 หมู่บ้าน").subject]).toEqual(["น้ำท่วมในพื้นที่", "น้ำท่วมในพื้นที่"]);
    expect(fact(flood, "148 ครัวเรือน").subject).toBe("ประชาชนได้รับผลกระทบ");
    // A total word glued to a noun is the figure's own phrase.
    const budget = "รายการใหม่ 2 รายการ ได้แก่ รายจ่ายประจำ เป็นวงเงินภาระผูกพันรวม 7,219.1 ล้านบาท";
    expect(fact(budget, "7,219.1 ล้านบาท").subject).toBe("วงเงินภาระผูกพัน");
    // Examples of another list among the names are what is totalled.
    const works = "ครอบคลุมพื้นที่ 5 จังหวัด ได้แก่ จังหวัดตรัง และพัทลุง มีขอบเขตงานซ่อมแซม อาทิ งานก่อสร้างสะพาน งานป้องกันการกัดเซาะ รวม 49 รายการ";
    expect(fact(works, "49 รายการ").subject).not.toBe("พื้นที่");
  });

  test("a clause after a clause start that is not shared keeps no subject from before it", () => {
    expect(fact("ชดเชยค่าสัตว์ตามจริง แต่ไม่เกินรายละ 2 ตัว", "2 ตัว").subject).toBeUndefined();
  });

  test.each([
    ["ส่งออกข้าว ปริมาณ 5.04 ล้านตัน ลด 23.98%", "23.98%", "ส่งออกข้าว"],
    ["ยอดขาย 49,871 คัน เพิ่มขึ้นจากเดือน เม.ย. 6.70% แต่ลดลงจากเดือนเดียวกันในปีที่แล้ว 23.38%", "6.70%", "ยอดขาย"],
    ["ยอดขาย 49,871 คัน เพิ่มขึ้นจากเดือน เม.ย. 6.70% แต่ลดลงจากเดือนเดียวกันในปีที่แล้ว 23.38%", "23.38%", "ยอดขาย"],
  ])("a rise or fall of the level before it shares its subject (%s → %s)", (text, written, subject) => {
    expect(fact(text, written).subject).toBe(subject);
  });

  test("a figure after a bracketed share that glosses a name shares the name (the bracket's words are the gloss's)", () => {
    const text = "สินเชื่อเพื่อการเกษตร (ร้อยละ 20.5 ของสินเชื่อทั้งหมด) ขยายตัวชะลอลงเหลือร้อยละ 3.2";
    expect(fact(text, "ร้อยละ 20.5").subject).toBe("สินเชื่อเพื่อการเกษตร");
    expect(fact(text, "ร้อยละ 3.2").subject).toBe("สินเชื่อเพื่อการเกษตร");
  });

  test.each([
    // แรกของปี is one dictionary word: the ordinal glued to the word of time after it.
    ["วันที่ 5 พฤศจิกายน 2565 อัตราเงินเฟ้อเฉลี่ยในช่วง 10 เดือนแรกของปีนี้ (ม.ค.-ต.ค.) เพิ่มขึ้น 6.15%", "6.15%", "อัตราเงินเฟ้อ"],
    // A short gloss in brackets after the figure before is that figure's.
    ["ดัชนีราคาผู้บริโภค เดือนกุมภาพันธ์ 2564 ลดลงร้อยละ 0.1 (MoM) และเมื่อเทียบกับช่วงเดียวกันของปีก่อน ลดลงร้อยละ 0.75 (AoA)", "ร้อยละ 0.75", "ดัชนีราคาผู้บริโภค"],
    // A period's own words after its unit are no subject for the figures after it.
    ["โดยการจัดเก็บรายได้รวม ในช่วง 9 เดือนแรกของปีงบประมาณ 2565 อยู่ที่ 2,004,834 ล้านบาท", "2,004,834 ล้านบาท", "การจัดเก็บรายได้"],
  ])("a period, its gloss and its glued words are stepped over (%s)", (text, written, subject) => {
    expect(fact(text, written).subject).toBe(subject);
  });

  test.each([
    ["ส่งผลให้ในช่วง 9 เดือน (ม.ค.-ก.ย.66) เศรษฐกิจไทยขยายตัว อยู่ที่ 1.9%", "9 เดือน", 2023],
    ["ลดอัตราเงินสมทบเหลือร้อยละ 3 ของค่าจ้าง เป็นเวลา 3 เดือน (ม.ค.– มี.ค.64)", "3 เดือน", 2021],
  ])("a period in brackets right after a figure is its own (%s)", (text, written, year) => {
    expect(fact(text, written).year).toBe(year);
  });

  test("this quarter in a report is the quarter written before it, not the document's (ไตรมาสนี้: reported)", () => {
    const text = "วันที่ 10 กุมภาพันธ์ 2568\nดัชนีราคาบ้านจัดสรรใหม่ ไตรมาสที่ 4 ปี 2567 มีค่าดัชนี 131.4 จุด โดยในไตรมาสนี้มีสัดส่วนร้อยละ 29.6";
    expect(fact(text, "ร้อยละ 29.6").year).toBe(2024);
    // A year named in passing is no period reported on: the document's date dates it.
    const passing = "วันที่ 10 พฤศจิกายน 2563\nอัตราการว่างงานสูงสุดตั้งแต่ปี 2554 และสูงขึ้นในไตรมาสนี้ที่ร้อยละ 9.4";
    expect(fact(passing, "ร้อยละ 9.4").year).toBe(2020);
    // Paragraphs after the heading that names it: the last period opening a line in its article, not
    // the document's date, nor a month named in passing further into a line.
    const later = "สรุปข่าวการประชุมคณะรัฐมนตรี 21 กุมภาพันธ์ 2566\nวันอังคารที่ 21 กุมภาพันธ์ 2566\n1. ภาวะเศรษฐกิจไทยในไตรมาสที่สี่ของปี 2565\n"
      + "เศรษฐกิจไทยขยายตัวร้อยละ 1.4 (%YoY) ชะลอตัวลงตามการลดลงของการส่งออกสินค้า ประกอบกับฐานราคาในเดือนธันวาคม 2564 ไม่สูงมากนัก\n1.1 ด้านการใช้จ่าย สำหรับอัตราการเบิกจ่ายงบประมาณรายจ่ายประจำในไตรมาสนี้อยู่ที่ร้อยละ 34.1";
    expect(fact(later, "ร้อยละ 34.1").year).toBe(2022);
  });

  test("the present year after a period's ordinal glued to ของปี (แรกของปี|นี้) dates the period", () => {
    expect(fact("วันที่ 5 พฤศจิกายน 2565 ตัวเลขในช่วง 6 เดือนแรกของปีนี้ การส่งออกขยายตัว 12.7%", "6 เดือน").year).toBe(2022);
  });

  test.each([
    ["รองนายกรัฐมนตรีรับมอบช้อนจีน (สเตนเลส) จำนวน 6 แสนคัน มูลค่า 1.2 ล้านบาท", "6 แสนคัน", "ช้อนจีน"],
    ["ธนาคารจัดเต็มแจกรถยนต์ 25 คัน", "25 คัน", "รถยนต์"],
    // Given to whom: the thing given stays (มอบให้ names the recipient).
    ["นำกล้าไม้มอบให้คณะรัฐมนตรี จำนวน 36 ต้น", "36 ต้น", "กล้าไม้มอบให้คณะรัฐมนตรี"],
  ])("what is given is counted, not who gives it (%s)", (text, written, subject) => {
    expect(fact(text, written).subject).toBe(subject);
  });

  test("ลด right before a figure, a name before it, is that name's fall", () => {
    const text = "ตลาดส่งออกสำคัญ สหรัฐฯ เพิ่ม 31.61% เยอรมนี เพิ่ม 8.56% ส่วนฮ่องกง ลด 8.09% เบลเยี่ยม ลด 21.24%";
    expect(fact(text, "8.09%").subject).toContain("ฮ่องกง");
    expect(fact(text, "21.24%").subject).toBe("เบลเยี่ยม");
  });

  test("a rate's tail is its own: the cap after it shares its subject, never a unit", () => {
    const text = "โดยได้รับสิทธิช่วยเหลือค่าน้ำมัน ไม่เกิน 50 บาท/คน/วัน และไม่เกิน 250 บาท/คน/เดือน";
    expect(fact(text, "250 บาท/คน/เดือน").subject).toBe("สิทธิช่วยเหลือค่าน้ำมัน");
  });

  test("a rate's time unit after a figure (ต่อชั่วโมง) is its own: the same figure restated and the level it goes to share its subject", () => {
    // thaigov 2564 (an airport terminal's capacity), the same form.
    const terminal = "เพื่อเพิ่มขีดความสามารถในการรองรับผู้โดยสาร จากเดิม 600 คนต่อชั่วโมง หรือ 1.728 ล้านคนต่อปี เป็น 1,600 คนต่อชั่วโมง";
    expect([fact(terminal, "1.728 ล้านคน").subject, fact(terminal, "1,600 คน").subject]).toEqual(["ผู้โดยสาร", "ผู้โดยสาร"]);
  });

  test("a cap per unit after a rate (ครัวเรือนละไม่เกิน) shares the rate's subject; not after a length", () => {
    // thaigov 2563-2564 (rice and cassava income guarantees), the same form.
    const rice = "ข้าวเปลือกหอมมะลิ ประกันรายได้ตันละ 15,000 บาท ครัวเรือนละไม่เกิน 14 ตัน";
    expect(fact(rice, "14 ตัน").subject).toBe(fact(rice, "15,000 บาท").subject);
    expect(fact(rice, "14 ตัน").subject).toContain("ประกันรายได้");
    // An age bounds who may join, not the area each may hold.
    const rubber = "เกษตรกรชาวสวนยางต้องมีสวนยางเปิดกรีดแล้ว อายุยาง 7 ปีขึ้นไป รายละไม่เกิน 25 ไร่";
    expect(fact(rubber, "25 ไร่").subject).not.toBe(fact(rubber, "7 ปี").subject);
  });

  test("a base's level after a Latin gloss on its period shares the subject (จากไตรมาส 4 ปี 2567 (QoQ) ที่อยู่ที่)", () => {
    const text = "จำนวนหนี้ครัวเรือนรวม ณ ไตรมาส 1 ปี 2568 อยู่ที่ 16.35 ล้านล้านบาท ลดลง 0.1% จากไตรมาส 4 ปี 2567 (QoQ) ที่อยู่ที่ 16.43 ล้านล้านบาท";
    expect(fact(text, "16.43 ล้านล้านบาท").subject).toBe("หนี้ครัวเรือน");
  });

  test.each([
    ["ในพื้นที่ 5 จังหวัดชายแดนภาคใต้ กำหนดเงินลงทุนขั้นต่ำเพียง 500,000 บาท", "500,000 บาท", "เงินลงทุน"],
    // พระราชกำหนด (an emergency decree) stays whole.
    ["ผลการใช้เงินตามพระราชกำหนด 3 ฉบับ (โควิด-19)", "3 ฉบับ", "ผลการใช้เงินตามพระราชกำหนด"],
    // What is set up, drawn up or brought is counted; นำเข้า (import) stays one word, and belongs to
    // the importer before it.
    ["ทั้งนี้ได้จัดตั้งโรงครัวพระราชทาน 1 แห่ง", "1 แห่ง", "โรงครัวพระราชทาน"],
    ["ธอส. นำทรัพย์สภาพดีทั่วประเทศ 111 รายการ มาเปิดประมูล", "111 รายการ", "ทรัพย์สภาพดี"],
    ["3. รัสเซีย นำเข้า 4.4 แสนตัน คิดเป็นมูลค่า", "4.4 แสนตัน", "รัสเซีย นำเข้า"],
    // What is cancelled is measured.
    ["ปรับปรุงระเบียบ โดยยกเลิกกฎกระทรวง รวม 3 ฉบับ ได้แก่", "3 ฉบับ", "กฎกระทรวง"],
  ])("what is set is measured, not the verb that sets it (%s)", (text, written, subject) => {
    expect(fact(text, written).subject).toBe(subject);
  });

  test.each([
    ["สหกรณ์การเกษตรแห่งละไม่เกิน 300 ล้านบาท", "300 ล้านบาท", "สหกรณ์การเกษตร"],
    ["ช่วยเหลือเกษตรกร รายละไม่เกิน 25 ไร่", "25 ไร่", "เกษตรกร"],
  ])("a rate's unit before a bound (รายละไม่เกิน) is dropped whole, not cut at its ละ (%s)", (text, written, subject) => {
    expect(fact(text, written).subject).toBe(subject);
  });

  test("ลด after a count of goods is their discount, named as the goods are: a verb alone is no subject", () => {
    expect(fact("หมวดที่สองซอสปรุงรส 16 รายการ ลดสูงสุด 28%", "28%").subject).toBe("หมวดที่สองซอสปรุงรส ลด");
    // With no figure before it, the discount's word stays.
    expect(fact("พิเศษ ลด 50% ทุกรายการ", "50%").subject).toBe("ลด");
  });

  test("a long title's own hyphen starts no breadcrumb", () => {
    const title = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-การรถไฟแห่งประเทศไทยชะลอการจัดซื้อจัดจ้างก่อสร้างรถไฟไทย-จีน 3-1 หลัง";
    expect(fact(title, "1 หลัง").subject).toContain("ก่อสร้างรถไฟไทย-จีน");
  });

  test.each([
    ["ช่วยเหลือผู้มีบัตรสวัสดิการแห่งรัฐ 13.6 ล้านคน", "13.6 ล้านคน", "ผู้มีบัตรสวัสดิการแห่งรัฐ"],
    ["ความสัมพันธ์ระหว่างไทย-อิหร่านที่มีมายาวนานกว่า 400 ปี", "400 ปี", "ความสัมพันธ์ระหว่างไทย-อิหร่าน"],
  ])("ผู้มี …, ที่มี … are not cut after มี (%s)", (text, written, kept) => {
    expect(fact(text, written).subject).toContain(kept);
  });

  test("a bare large amount is money, and the change after it shares its subject, not its number words", () => {
    const text = "ต่างชาติขอรับการส่งเสริมการลงทุนครึ่งปีแรก กว่า 3.8 แสนล้าน เพิ่ม 158%";
    expect(fact(text, "3.8 แสนล้าน")).toMatchObject({ kind: "money", unit: "THB" });
    expect(fact(text, "158%").subject).toBe("ต่างชาติขอรับการส่งเสริมการลงทุน");
  });

  test.each([
    // การ alone names nothing: it makes a noun of the verb after it.
    ["ลดลงร้อยละ 8.2 น้อยกว่าการลดลงร้อยละ 17.8", "ร้อยละ 17.8"],
    // A modifier alone names nothing (it waits for a noun before it).
    ["วงเงินงบประมาณ 19,826.76 ล้านบาท เพิ่มเติมอีก 0.32 ล้านตัน", "0.32 ล้านตัน"],
  ])("a number in words is no subject (%s)", (text, written) => {
    expect(fact(text, written).subject).toBeUndefined();
  });

  test("a change's own verb alone is no subject: the change is of what the figure before measures", () => {
    // thaigov 2564 (a ministry's discount sale, goods by group).
    const sale = "และสินค้าเพื่อการอุปโภคบริโภคอีก 6 หมวด หมวดที่หนึ่งอาหารสำเร็จรูปมี 11 รายการ ลดสูงสุด 33% หมวดที่สองซอสปรุงรส 16 รายการ ลดสูงสุด 28%";
    expect(fact(sale, "33%").subject).toBe("หมวดที่หนึ่งอาหารสำเร็จรูป ลด");
    expect(fact(sale, "28%").subject).toBe("หมวดที่สองซอสปรุงรส ลด");
  });

  test("a modifier alone after a figure names the same measure as that figure's (สะสม: the tally so far)", () => {
    // thaigov 2565 (a storm's toll) and 2564 (the day's COVID-19 report).
    const toll = "ข่าว\nวันที่ 5 พฤษภาคม 2565\nรวมเสียชีวิตสะสม 53 ราย สูญหาย 1 ราย บาดเจ็บเพิ่ม 111 ราย สะสม 1,833 ราย";
    expect(fact(toll, "1,833 ราย").subject).toBe("บาดเจ็บ สะสม");
    const deaths = "ส่วนผู้เสียชีวิตรายใหม่มี 58 คน เฉลี่ยวันละ 8 ราย สะสม 11,131 คน";
    expect(fact(deaths, "11,131 คน").subject).toBe("ผู้เสียชีวิตรายใหม่ สะสม");
    // Not after a figure of another kind: the modifier is of something else.
    expect(fact("วงเงินงบประมาณ 19,826.76 ล้านบาท เพิ่มเติมอีก 0.32 ล้านตัน", "0.32 ล้านตัน").subject).toBeUndefined();
    // Not a verb of trade: alone, it names the figure itself.
    expect(fact("รัสเซียนำเข้า 4.4 แสนตัน ส่งออก 6.37 ล้านตัน", "6.37 ล้านตัน").subject).toBe("ส่งออก");
  });

  test("a number in words is no subject: a count takes its classifier instead (รอ ครม.เคาะ 3 พัน 15 ล้านสิทธิ์)", () => {
    expect(fact("รอ ครม.เคาะ 3 พัน 15 ล้านสิทธิ์ ช่วยผู้มีรายได้น้อย", "15 ล้านสิทธิ์").subject).toBe("สิทธิ์");
  });

  test.each([
    ["GDP ขยายตัวร้อยละ 4.4", "ร้อยละ 4.4", "GDP"],
    ["ดัชนีราคาผู้บริโภค (CPI) เพิ่มขึ้นร้อยละ 1.2", "ร้อยละ 1.2", "ดัชนีราคาผู้บริโภค (CPI)"],
    ["สินค้าที่ขยายตัว เช่น เครื่องใช้ไฟฟ้า (+12.5%)", "+12.5%", "เครื่องใช้ไฟฟ้า"],
    ["ราคาเส้นไหมเกรด 1 สัปดาห์นี้เฉลี่ยกิโลกรัมละ 1,630 บาท", "1,630 บาท", "ราคาเส้นไหมเกรด 1"],
    ["การผลิตขยายตัวร้อยละ 5.0 เทียบกับร้อยละ 3.9 ในไตรมาสก่อน", "ร้อยละ 3.9", "การผลิต"],
    ["ด้านการผลิต : ขยายตัวร้อยละ 4.4", "ร้อยละ 4.4", "การผลิต"],
    ["ภาวะการผลิตที่เพิ่มขึ้นเป็นผลมาจากผลผลิตภาคเกษตรที่เพิ่มขึ้น ร้อยละ 1.1", "ร้อยละ 1.1", "ผลผลิตภาคเกษตร"],
    ["สศอ. เผย ดัชนีผลผลิตอุตสาหกรรมหดตัวร้อยละ 4.71", "ร้อยละ 4.71", "ดัชนีผลผลิตอุตสาหกรรม"],
    // A measure word's change said with its direction is the figure's; a bare เพิ่ม makes a noun with it.
    ["โดยสุขภัณฑ์ ราคาเพิ่มขึ้นถึงร้อยละ 12.0 กระเบื้อง เพิ่มขึ้นร้อยละ 5.6", "ร้อยละ 12.0", "สุขภัณฑ์"],
    ["รายได้ของผู้สูงอายุที่มาจากการทำงานมีสัดส่วนลดลงจากร้อยละ 40 เหลือเพียงร้อยละ 22", "ร้อยละ 40", "รายได้ของผู้สูงอายุที่มาจากการทำงาน"],
    ["ผู้ประกอบการที่มีสถานประกอบการเป็นของตัวเอง ได้รับวงเงินเพิ่ม 50,000 บาท", "50,000 บาท", "วงเงินเพิ่ม"],
    // Value added is no rise (ภาษีมูลค่าเพิ่ม: one dictionary word).
    ["ต้องเสียภาษีมูลค่าเพิ่มรวม 2 ครั้ง", "2 ครั้ง", "เสียภาษีมูลค่าเพิ่ม"],
    ["พิเศษ ลด 50% ทุกรายการ", "50%", "ลด"],
    ["ศูนย์อพยพโรงเรียนบ้านทุ่ง หมู่ที่ 7 ตำบลแว้ง จำนวน 6 ครัวเรือน", "6 ครัวเรือน", "ศูนย์อพยพโรงเรียนบ้านทุ่ง"],
    ["อำเภอสิงหนคร จำนวน 103 ตัวอย่าง และ อำเภอหาดใหญ่ จำนวน 88 ตัวอย่าง", "88 ตัวอย่าง", "อำเภอหาดใหญ่"],
    // A name in quotes right before the figure.
    ["จัดทำ “ถุงกำลังใจ” ส่งมอบให้ “กลุ่มเปราะบาง” กว่า 6,800 ราย ในพื้นที่กทม.", "6,800 ราย", "กลุ่มเปราะบาง"],
    // In straight quotes, as web text writes them (thaigov 2565: a rice strategy's varieties; a tourism scheme).
    ["ดัน\"ยุทธศาสตร์ข้าวไทย\" ได้แล้ว 6 ใน 12 พันธุ์", "12 พันธุ์", "ยุทธศาสตร์ข้าวไทย"],
    ["พบว่า \"เที่ยวไทยเที่ยวไทย\" สะสมแล้ว 67.8 ล้าน คน-ครั้ง", "67.8 ล้าน คน-ครั้ง", "เที่ยวไทยเที่ยวไทย"],
    // Not the words between two quoted figures (จาก "รายละ 5,000 บาทต่อเดือน" เป็น "…"): a straight quote that opens
    // a quotation (an even number before it on its line) names nothing, nor do words loose between quotes.
    ["ค่าตอบแทนพิเศษ จาก \"รายละ 5,000 บาทต่อเดือน\" เป็น \"รายละ 7,000 บาทต่อเดือน\"", "7,000 บาท", undefined],
    // A gloss in brackets between a name and its address: the address is still skipped.
    ["6. ศูนย์อพยพศาลาประชาคมประจำหมู่บ้าน (ชคต.หลังเก่า) ตำบลกายูคละ จำนวน 5 ครัวเรือน", "5 ครัวเรือน", "ศูนย์อพยพศาลาประชาคมประจำหมู่บ้าน"],
    // The segmenter cuts ตำบลฆอเลาะ across ตำบล: the address is still one.
    ["คือ 1. ศูนย์อพยพศูนย์พัฒนาเด็กเล็กบ้านกีแยมัส หมู่ที่ 4 ตำบลฆอเลาะ จำนวน 20 ครัวเรือน 38 คน 2. ศูนย์อพยพร้านค้า", "20 ครัวเรือน", "ศูนย์อพยพศูนย์พัฒนาเด็กเล็กบ้านกีแยมัส"],
    // A gloss in brackets stands between the name and its figure.
    ["และจุดบริการบริเวณจุดพักรถบรรทุก (Truck Rest Area) จำนวน 11 แห่ง", "11 แห่ง", "จุดบริการบริเวณจุดพักรถบรรทุก"],
    ["ส่วนผู้ติดเชื้อสะสมการระบาดระลอกใหม่ (วันที่ 15 ธันวาคม 2563–29 มกราคม 2564) 12,786 ราย", "12,786 ราย", "ผู้ติดเชื้อสะสมการระบาดระลอกใหม่"],
    // Words of time: a month, a former level, a period of the first months.
    ["โดยสินค้าเกษตรเดือนมิถุนายนเพิ่ม 21.7%", "21.7%", "สินค้าเกษตร"],
    ["จะทำให้มีภาระค่าใช้จ่ายเพิ่มขึ้น 5.09 ล้านบาทต่อปี จากเดิม 12.72 ล้านบาท", "12.72 ล้านบาท", "ภาระค่าใช้จ่าย"],
    ["โดยมียอดอนุมัติค้ำประกันสินเชื่อ ปีแรก 168 ล้านบาท", "168 ล้านบาท", "ยอดอนุมัติค้ำประกันสินเชื่อ"],
    ["ทยอยฉีดให้กับกลุ่มเป้าหมายระยะแรก 4,000 คน", "4,000 คน", "ทยอยฉีดให้กับกลุ่มเป้าหมายระยะแรก"],
    // มี: what the clause says there is, not who has it; ผู้มี …, ที่มี … stay one noun.
    ["วันนี้ประเทศไทยมีผู้ติดเชื้อรายใหม่ 1,200 ราย", "1,200 ราย", "ผู้ติดเชื้อรายใหม่"],
    ["ธนาคารและบริษัทย่อยมีกำไรจากการดำเนินงาน 5,578 ล้านบาท", "5,578 ล้านบาท", "กำไรจากการดำเนินงาน"],
    // A list's next item after its year shares the first item's subject; a law's year is no subject.
    ["งบประมาณรายจ่ายประจำปีงบประมาณ 2565 จำนวน 3,985,200 บาท และปีงบประมาณ 2566 จำนวน 15,941,000 บาท", "15,941,000 บาท", "งบประมาณรายจ่าย"],
    ["ตามระเบียบว่าด้วยการพิจารณาอุทธรณ์ พ.ศ. 2563 จำนวน 5 เรื่อง", "5 เรื่อง", "ระเบียบว่าด้วยการพิจารณาอุทธรณ์"],
    ["และมีผู้เสียชีวิตวันนี้ 21 ราย", "21 ราย", "ผู้เสียชีวิต"],
    // As much as (มาก|ถึง): how big, not what is measured.
    ["ให้ผลผลิตมากถึง 1,500 กิโลกรัมต่อไร่", "1,500 กิโลกรัม", "ผลผลิต"], ["สามารถรับน้ำนมดิบได้มากถึงวันละ 200 ตัน", "200 ตัน", "น้ำนมดิบ"],
    // Only, just (แค่): how the figure is put.
    ["จากปกติ มีอายุแค่3-6 วัน ก็ขยายได้", "3-6 วัน", "อายุ"],
    // Overall (ภาพรวม): how much of it, not what.
    ["ภาพรวมการจ้างงาน ไตรมาส 1 ปี 2565 มีจำนวนกว่า 38.7 ล้านคน", "38.7 ล้านคน", "การจ้างงาน"],
    // A month's short form alone says when.
    ["ยอดขายรถยนต์ภายในประเทศ เม.ย. ลดลง 6.70%", "6.70%", "ยอดขายรถยนต์ภายในประเทศ"],
    // Only a change and a day between (เพิ่มขึ้นวันนี้: วัน + นี้): the figure before it names it.
    ["ตัวเลขผู้ติดเชื้อสะสมอยู่ที่ 81,142,113 คน เพิ่มขึ้นวันนี้ 410,102 คน", "410,102 คน", "ผู้ติดเชื้อสะสม"],
    // A level no rule takes (an index's, with no unit), only cue and time words after it: its phrase names the change too.
    ["ดัชนีราคาผู้บริโภค (CPI) หรืออัตราเงินเฟ้อทั่วไปอยู่ที่ 108.06 ในเดือนตุลาคม เพิ่มขึ้น 5.98% จากปีก่อนหน้า", "5.98%", "อัตราเงินเฟ้อทั่วไป"],
    // Not a time of day (เวลา 05.00 น.): it says when.
    ["เดินทางมาถึงท่าอากาศยานสุวรรณภูมิเวลา 05.00 น. จำนวน 335 คน", "335 คน", undefined],
    // A telephone number between a name and its figure is how to reach it: skipped, as an address is.
    ["สอบถามเพิ่มเติมได้ที่ ศูนย์บริการลูกค้าสัมพันธ์ หมายเลขโทรศัพท์ 1690 ตลอด 24 ชั่วโมง", "24 ชั่วโมง", "ศูนย์บริการลูกค้าสัมพันธ์"],
    // A measure word alone after a gloss in brackets: the name before the gloss.
    ["การส่งออกอัญมณีและเครื่องประดับ (ไม่รวมทองคำ) เดือน ก.พ.2568 มีมูลค่ากว่า 2,298 ล้านดอลลาร์สหรัฐ", "2,298 ล้านดอลลาร์สหรัฐ", "มูลค่าการส่งออกอัญมณีและเครื่องประดับ"],
    // The same quantity's change in another period, compared with (เทียบกับ|การ|ลดลง: a change said as a noun).
    ["การใช้จ่ายในหมวดสินค้ากึ่งคงทนลดลงร้อยละ 14.0 เทียบกับการลดลงร้อยละ 15.7 ในไตรมาสก่อนหน้า", "ร้อยละ 15.7", "การใช้จ่ายในหมวดสินค้ากึ่งคงทน"],
    ["สาขาการผลิตอุตสาหกรรมลดลงร้อยละ 5.3 น้อยกว่าการลดลงร้อยละ 14.6 ในไตรมาสก่อนหน้า", "ร้อยละ 14.6", "สาขาการผลิตอุตสาหกรรม"],
    ["โดยเป็นวันหยุดยาวติดต่อกัน 5 วัน", "5 วัน", "วันหยุดยาว"],
    // After a classifier, a slash starts no noun: ราย/กลุ่ม is per group.
    ["โดยเป็นลูกหนี้อยู่ระหว่างผ่อนชำระ จำนวน 199 ราย/กลุ่ม", "199 ราย", "ลูกหนี้อยู่ระหว่างผ่อนชำระ"],
    // อยู่ระหว่าง (in the midst of) first in a phrase says which part is counted: it stays. Right before
    // the figure it opens a range, and goes.
    ["ผู้ป่วยสะสม 19,386 ราย ยังอยู่ระหว่างการรักษา 1,141 ราย ไม่มีผู้เสียชีวิต", "1,141 ราย", "อยู่ระหว่างการรักษา"],
    // A list's last name goes on through of and that (เงินทุนของโรงงานที่เริ่มประกอบกิจการ), paired in order.
    ["สะท้อนจากจำนวนรถบรรทุกจดทะเบียนใหม่และเงินทุนของโรงงานที่เริ่มประกอบกิจการ ขยายตัวร้อยละ 7.3 และ 159.6 ตามลำดับ แต่ชะลอลงร้อยละ -5.8 และ -48.3 ตามลำดับ", "-48.3", "เงินทุนของโรงงานที่เริ่มประกอบกิจการ"],
    // What a speaker is satisfied with is measured, not the speaker (พอใจ, a subject_head_after word).
    ["นายกรัฐมนตรีพอใจเศรษฐกิจไตรมาส2 ขยายตัว 7.5%", "7.5%", "เศรษฐกิจไตรมาส2"],
    // A period with no phrase of its own is looked past, as a time reference: the figure it frames names what was before it.
    ["ดัชนีผลผลิตอุตสาหกรรม (MPI) เดือนพฤษภาคม 2564 ที่ขยายตัวอย่างต่อเนื่อง โดย 5 เดือนแรกของปี 2564 ขยายตัวเฉลี่ยร้อยละ 7.97", "ร้อยละ 7.97", "ดัชนีผลผลิตอุตสาหกรรม (MPI)"],
    ["ตัวเลขนักท่องเที่ยวต่างชาติเพิ่มขึ้นอย่างมาก โดยแปดเดือนแรกของปี 2565 มีจำนวนสะสม มากกว่าสี่ล้านคนแล้ว", "สี่ล้านคน", "นักท่องเที่ยวต่างชาติ"],
    // ด้าน before a topic marks it (as for): no part of what is measured; a physical side (ด้านหน้า) is one word and stays.
    ["ด้านอัตราการใช้กำลังการผลิต อยู่ที่ร้อยละ 65.9", "ร้อยละ 65.9", "อัตราการใช้กำลังการผลิต"],
    ["ติดป้ายด้านหน้าบนตัวถังส่วนบรรทุก ขนาด 30 เซนติเมตร", "30 เซนติเมตร", "ขนาดติดป้ายด้านหน้าบนตัวถังส่วนบรรทุก"],
    // A pace (ในเกณฑ์ดี, ในเกณฑ์สูง) and a concession (แม้จะ) name nothing; the change before a pace is still the figure's.
    ["การอุปโภคบริโภคภาคเอกชนขยายตัวในเกณฑ์ดีร้อยละ 5.7 แม้จะชะลอตัวลงจากการขยายตัวในเกณฑ์สูงร้อยละ 9.1 ในไตรมาสก่อนหน้า", "ร้อยละ 5.7", "การอุปโภคบริโภคภาคเอกชน"],
    ["การอุปโภคบริโภคภาคเอกชนขยายตัวในเกณฑ์ดีร้อยละ 5.7 แม้จะชะลอตัวลงจากการขยายตัวในเกณฑ์สูงร้อยละ 9.1 ในไตรมาสก่อนหน้า", "ร้อยละ 9.1", "การอุปโภคบริโภคภาคเอกชน"],
    // An agency's abbreviation glued to its act is who acts: cut with the act (ครม.|อนุมัติ|งบกลาง).
    ["รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ครม.อนุมัติงบกลาง 3,150 ล้านบาท ตอบแทนเป็นขวัญกำลังใจ", "3,150 ล้านบาท", "งบกลาง"],
    ["ธอส.จัดสินเชื่อบ้านดอกเบี้ย 3 ปีแรก 0.1% ต่อปี", "0.1%", "สินเชื่อบ้านดอกเบี้ย"],
    // A stray closing quote (no opening one before it on its line) quotes nothing: the phrase before it names the figure.
    ["4.”ทีมจัดหาวัคซีนเพิ่มเติม” ตั้งเป้า 100 ล้านโดส ภายในปี 64", "100 ล้านโดส", "ทีมจัดหาวัคซีนเพิ่มเติม"],
    // A cap (แต่ไม่เกิน: but at most) bounds what is measured before it: the figure before's subject,
    // else the phrase before it, a length's too.
    ["รัฐสมทบร้อยละ 50 ของเงินสะสมแต่ไม่เกิน 600 บาทต่อปี", "600 บาทต่อปี", "รัฐสมทบ"],
    ["โดยนายทะเบียนพิจารณาอนุญาตการทำงานตามระยะเวลาที่คนต่างด้าวร้องขอแต่ไม่เกิน 2 ปี ซึ่งเป็นการดำเนินการ", "2 ปี", "นายทะเบียนพิจารณาอนุญาตการทำงานตามระยะเวลาที่คนต่างด้าวร้องขอ"],
    // โดยเร็ว (soon) and เท่า (times, another figure's unit) name nothing measured.
    ["เพื่อให้บริการหรือให้ข้อมูลแก่ประชาชนให้แล้วเสร็จโดยเร็วภายใน 3 เดือน", "3 เดือน", "บริการหรือให้ข้อมูลแก่ประชาชน"],
    ["เพิ่มประสิทธิภาพรถวิ่งผ่านได้เพิ่มขึ้น 5 เท่า จาก 400 คันต่อ 1 ช่องจราจรต่อชั่วโมง", "400 คัน", "ประสิทธิภาพรถวิ่งผ่าน"],
    // Nor does the one of "one of" (เป็น 1 ใน 13 ประเทศ: 1, no rule's figure, ends no name): the set it is one of names it.
    ["นายกรัฐมนตรีกล่าวด้วยว่า ไทยเป็น 1 ใน 13 ประเทศของภูมิภาคอินโด-แปซิฟิก", "13 ประเทศ", "ประเทศ"],
    ["ปัจจุบันดำเนินการเสร็จแล้วทั้งสิ้น 66 แห่ง อยู่ระหว่างดำเนินการ 30 แห่ง", "30 แห่ง", "อยู่ระหว่างดำเนินการ"],
    ["สศค. คาดว่าการส่งออกปีนี้จะขยายตัวอยู่ระหว่างร้อยละ 2.5 - 3.5", "ร้อยละ 2.5 - 3.5", "การส่งออก"],
    // สัดส่วน alone is a measure word, as มูลค่า.
    ["โดยมีจำนวน 432 หน่วย คิดเป็นสัดส่วนร้อยละ 42.5 ของหน่วยเหลือขายทั้งหมด", "ร้อยละ 42.5", "หน่วยเหลือขาย"],
    // A model's name of Latin words and digits counts for no phrase: the Thai name before it is reached.
    ["และ 2 ตัวทุกงวด ชุดพิมานมาศ Plus Phase 2 หน่วยละ 50,000 บาท", "50,000 บาท", "ชุดพิมานมาศ Plus Phase 2"],
    // ปีแรก kept one word by the segmenter is still a time.
    ["ภาคการส่งออกครึ่งปีแรกโต 12.7%", "12.7%", "ภาคการส่งออก"],
    // ครบรอบ (an anniversary) is how old what is named before it is: it joins that name; alone or after
    // words of an occasion (ในโอกาส, ฉลอง), what is written after the length is that old, else the word itself.
    ["พิธีวันคล้ายวันสถาปนากรมตรวจบัญชีสหกรณ์ ครบรอบ 69 ปี", "69 ปี", "พิธีวันคล้ายวันสถาปนากรมตรวจบัญชีสหกรณ์ ครบรอบ"],
    ["กรรมการผู้จัดการธนาคารอาคารสงเคราะห์ (ธอส.) เปิดเผยว่า ในโอกาสครบรอบ 67 ปี", "67 ปี", "โอกาสครบรอบ"],
    ["รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ครบรอบ 129 ปี กระทรวงเกษตรและสหกรณ์", "129 ปี", "กระทรวงเกษตรและสหกรณ์"],
    // Initially (เบื้องต้น) says how early or sure, never what is counted (thaigov 2564, a cadmium find).
    ["ตรวจสุขภาพคนงาน - ชุมชน หลังพบ กากแคดเมียม ในโรงงานสมุทรสาคร เบื้องต้นคนงาน 11 ราย", "11 ราย", "คนงาน"],
    ["ตามกฎหมายว่าด้วยการควบคุมอาคาร พ.ศ. …. รวม 2 ฉบับ", "2 ฉบับ", "กฎหมายว่าด้วยการควบคุมอาคาร"],
    // An ordinal first in a phrase ends the duration figure before it (9 เดือน|แรก).
    ["ขณะที่การส่งออก 9 เดือนแรก (มกราคม-กันยายน) หดตัวร้อยละ 7.33", "ร้อยละ 7.33", "การส่งออก"],
    // What is reported or expected is measured, not who says it.
    ["ธนาคารกสิกรไทยคาดว่าเศรษฐกิจไทยปี 2567 จะขยายตัว 2.8%", "2.8%", "เศรษฐกิจไทย"],
    // A rate's unit after cue words: the cue words decide, and the figure shares the one before.
    ["1. ยางแผ่นดิบคุณภาพที่ 1 ราคาเฉลี่ยกิโลกรัมละ 41.45 บาท ลดลงจาก 41.75 บาท ของสัปดาห์ที่ผ่านมา กิโลกรัมละ 0.30 บาท", "0.30 บาท", "ยางแผ่นดิบคุณภาพที่ 1"],
    // A comparison says against what: the compared level shares the figure's subject.
    ["จัดเก็บรายได้รวม 109,710 ล้านบาท ต่ำกว่าช่วงเดียวกันของปีก่อน 14,495 ล้านบาท", "14,495 ล้านบาท", "รายได้"],
    // A verb first in a phrase gives way to its object, what is counted; not to a cue after it.
    ["ยวกับยาเสพติดได้ 36,652 ราย ยึดของกลางยาบ้า 55 ล้านเม็ด ไอซ์ 4,485 กก.", "55 ล้านเม็ด", "ของกลางยาบ้า"],
    ["ด้ลงพื้นที่เขตพญาไท กทม. เพื่อมอบอาหารโครงการน้ำพระทัยพระราชทาน จำนวน 300 กล่อง ให้แก่ประชาชน", "300 กล่อง", "อาหารโครงการน้ำพระทัยพระราชทาน"],
    ["ซึ่ง พช. ได้สนับสนุนงบประมาณ จำนวน 796,100 บาท เพื่อเป็นค่าใช้จ่าย", "796,100 บาท", "งบประมาณ"],
    ["รวมทั้งได้ช่วยเหลือเพิ่มเติม 500 ครัวเรือน", "500 ครัวเรือน", "ช่วยเหลือเพิ่มเติม"],
    // A range's midpoint in brackets after it (ค่ากลาง) is the same quantity's (thaigov 49734).
    ["คาดว่า ผลิตภัณฑ์มวลรวมในประเทศ (Gross Domestic Product: GDP) จะขยายตัวอยู่ในช่วงร้อยละ 3.2 – 4.2 (ค่ากลางร้อยละ 3.7) และ", "ร้อยละ 3.7", "ผลิตภัณฑ์มวลรวมในประเทศ"],
    // After มี, one word is enough when it is a total's noun (ยอด…), as it is for a noun of people.
    ["โดยคาดว่าในช่วงครึ่งแรกปี 2565 ตลาดที่อยู่อาศัยในภาคใต้จะมียอดขายที่ดีขึ้นกว่าครึ่งแรกของปี 2564 ร้อยละ 46.6", "ร้อยละ 46.6", "ยอดขาย"],
    // One word right after an acronym is whose it is: the acronym names the figure (a corpus sentence).
    ["และมุมมองความน่าเชื่อถือประเทศ (Outlook) อยู่ในระดับมีเสถียรภาพคาด GDP ไทยเติบโตร้อยละ 1.1", "ร้อยละ 1.1", "GDP ไทย"],
    // As the corpus writes it, with two spaces after the acronym.
    ["อยู่ในระดับมีเสถียรภาพคาด GDP  ไทยเติบโตร้อยละ 1.1", "ร้อยละ 1.1", "GDP  ไทย"],
    // ตั้ง (sets, sets aside) first in a phrase: what is set is measured (corpus sentences).
    ["โดยปัจจุบัน ธอส. ได้ตั้งสำรองส่วนเกินเพิ่มขึ้นจำนวน 3,500 ล้านบาท เพื่อรองรับผลกระทบ", "3,500 ล้านบาท", "สำรองส่วนเกิน"],
    ["สธ.ตั้งจุดคัดกรอง 3 แห่ง นำผู้ติดเชื้อโควิด", "3 แห่ง", "จุดคัดกรอง"],
    // A body named first (subject_agent) is who acts: what its verb acts on is measured (corpus sentences).
    ["ณ วันที่ 1 ตุลาคม 2563 ธนาคารสามารถปล่อยสินเชื่อใหม่ได้แล้ว156,650 ล้านบาท และมั่นใจว่า", "156,650 ล้านบาท", "สินเชื่อใหม่"],
    ["โดยรัฐบาลอนุมัติงบประมาณ 1,013 ล้านบาท", "1,013 ล้านบาท", "งบประมาณ"],
    ["คณะรัฐมนตรีได้อนุมัติงบประมาณ 6,387,285,900 บาท จัดซื้อวัคซีน", "6,387,285,900 บาท", "งบประมาณ"],
    ["กระทรวงการคลังได้รายงานฐานะการคลังของรัฐบาลตามระบบกระแสเงินสดในช่วง 9 เดือนแรกของปีงบประมาณ", "9 เดือน", "ฐานะการคลังของรัฐบาลตามระบบกระแสเงินสด"],
    ["ธนาคารกสิกรไทยรายงานกำไรสุทธิไตรมาส 2/2567 จำนวน 12,530 ล้านบาท", "12,530 ล้านบาท", "กำไรสุทธิ"],
    // จะได้รับ (will receive): what is received; ผู้ได้รับ… (being affected) and ที่จะได้รับ… (who will receive) stay.
    ["นอกจากนี้ ญาติจะได้รับค่าทำศพเป็นจำนวนเงิน 30,000 บาท", "30,000 บาท", "ค่าทำศพ"],
    ["จะมีเกษตรกรชาวสวนยางที่จะได้รับเงินส่วนต่างประมาณ 1.3 ล้านรายทั่วประเทศ", "1.3 ล้านราย", "เกษตรกรชาวสวนยางที่จะได้รับเงินส่วนต่าง"],
    // After a verb of reporting or approving, การ… is what is reported on; after มี an action, after ว่า maybe ว่าการ (to govern).
    ["กระทรวงพาณิชย์เผยการส่งออกเดือนตุลาคมมีมูลค่า 27,115 ล้านดอลลาร์สหรัฐ ขยายตัว 14.6%", "27,115 ล้านดอลลาร์สหรัฐ", "มูลค่าการส่งออก"],
    ["คณะรัฐมนตรีมีมติเห็นชอบการต่ออายุสัญญากู้เบิกเงินเกินบัญชี วงเงิน 500 ล้านบาท ซึ่งจะสิ้นสุด", "500 ล้านบาท", "วงเงินการต่ออายุสัญญากู้เบิกเงินเกินบัญชี"],
    ["โดยมีผู้แทนจากสำนักงานปลัดกระทรวงฯ บริเวณรอบศาลาว่าการกลาโหม จำนวน 5 ชุมชน ได้แก่", "5 ชุมชน", "บริเวณรอบศาลาว่าการกลาโหม"],
    // Within a band (ในกรอบ, a cue_skip word as ในช่วง) and held at (ตรึงไว้ที่) are no part of what is measured.
    ["โดยสินเชื่อทั้งปีจะเติบโตในกรอบ 3-5%", "3-5%", "สินเชื่อ"],
    ["รักษาระดับเงินเฟ้อให้อยู่ภายในกรอบที่ร้อยละ 1-3 ต่อปี", "ร้อยละ 1-3", "รักษาระดับเงินเฟ้อ"],
    ["ราคาน้ำมันดีเซลยังตรึงไว้ที่ลิตรละ 33 บาท", "33 บาท", "ราคาน้ำมันดีเซล"],
    // Being satisfied, as being delighted, is a headline's verb of reporting (thaigov).
    ["“นายกฯ” พอใจมูลค่าการส่งออกมะม่วงสดของไทยขยายตัวเพิ่มขึ้นถึงร้อยละ 15", "ร้อยละ 15", "มูลค่าการส่งออกมะม่วงสดของไทย"],
    // A count nothing else names: its classifier, when it names a kind (thaigov headlines and lists).
    ["สำเร็จ! เดินหน้าต่อ 9 มาตรการ", "9 มาตรการ", "มาตรการ"],
    ["โอกาสนี้ ทั้ง 2 ฝ่ายได้หารือถึงความร่วมมือ", "2 ฝ่าย", "ฝ่าย"],
    // The future is when, not what; one hopes that… as one expects that… (business sentences of our own).
    ["ในอนาคตตลาดจะมีมูลค่า 1 แสนล้านบาท", "1 แสนล้านบาท", "มูลค่าตลาด"],
    ["บริษัทคาดหวังว่ายอดขายรถยนต์จะเติบโต 10%", "10%", "ยอดขายรถยนต์"],
    // After a verb of reporting, ว่า cannot make ว่าการ: what follows is reported on (business sentences of our own).
    ["สำนักงานนโยบายและแผนพลังงานระบุว่าการใช้น้ำมันเชื้อเพลิงเฉลี่ยอยู่ที่ 157.6 ล้านลิตรต่อวัน", "157.6 ล้านลิตร", "การใช้น้ำมันเชื้อเพลิง"],
    // A share's whole written after it is the share's: a rise's or a fall's base after it shares the
    // share's subject (business sentence of our own).
    ["หนี้ครัวเรือนไทยมีมูลค่า 16.3 ล้านล้านบาท คิดเป็น 89.6% ของ GDP ลดลงจาก 90.7% ในไตรมาสก่อน", "90.7%", "หนี้ครัวเรือนไทย"],
    ["หนี้ครัวเรือนอยู่ที่ 89% ต่อ GDP ลดลงจาก 89.6% ในไตรมาสก่อนหน้า", "89.6%", "หนี้ครัวเรือน"],
    // After a goal set, ให้ says what the goal makes happen (corpus and business sentences); after a
    // gift, it names a recipient: the phrase stays whole.
    ["ภาครัฐตั้งเป้าให้มีการผลิตรถยนต์ไฟฟ้า 725,000 คันภายในปี 2573", "725,000 คัน", "การผลิตรถยนต์ไฟฟ้า"],
    ["กระทรวงสาธารณสุขมีนโยบายที่ตั้งเป้าให้คนไทยทำ CPR 10 ล้านคน", "10 ล้านคน", "คนไทยทำ CPR"],
    ["นำกล้าไม้มอบให้คณะรัฐมนตรี 36 ต้น", "36 ต้น", "กล้าไม้มอบให้คณะรัฐมนตรี"],
    // A goal's or a forecast's verb first in its phrase: what it sets is measured; a gift's keeps its gift.
    ["บริษัทฯ ปรับเป้ารายได้เป็น 500 ล้านบาท", "500 ล้านบาท", "รายได้"],
    ["สภาพัฒน์ ปรับลดประมาณการเศรษฐกิจไทยเหลือ 2.5%", "2.5%", "เศรษฐกิจไทย"],
    ["ศูนย์วิจัยเศรษฐกิจและธุรกิจ (SCB EIC) ปรับลดประมาณการการเติบโตทางเศรษฐกิจไทยปี 2568 เหลือ 2.4%", "2.4%", "การเติบโตทางเศรษฐกิจไทย"],
    // The company acts: what it pays or sets is measured (business sentences of our own).
    ["บริษัทประกาศจ่ายเงินปันผลระหว่างกาลในอัตราหุ้นละ 0.35 บาท", "0.35 บาท", "เงินปันผลระหว่างกาล"],
    ["บริษัทตั้งงบลงทุน 5 ปี (2568-2572) รวม 45,000 ล้านบาท", "45,000 ล้านบาท", "งบลงทุน"],
    // One noun right after a verb of expecting is enough; not a verb after a modal (business sentences, corpus).
    ["บริษัทคาดว่ารายได้ปี 2568 จะเติบโตไม่ต่ำกว่า 10%", "10%", "รายได้"],
    ["พื้นที่การเกษตรคาดว่าจะเสียหาย 20,000 ไร่", "20,000 ไร่", "พื้นที่การเกษตรคาดว่าจะเสียหาย"],
    ["แต่ผู้บริหารยังมั่นใจว่ารายได้ทั้งปีจะเติบโตได้ 8-10% ตามเป้า", "8-10%", "รายได้"],
    // Setting a record is how the figure stands, not what it measures (business sentences, thaigov).
    ["ราคาหุ้น DELTA ปรับตัวขึ้น 6.5% ทำสถิติสูงสุดใหม่ที่ 168 บาท", "168 บาท", "ราคาหุ้น DELTA"],
    ["สคบ. เผยปัญหาซื้อขายออนไลน์ปี 64 ทำสถิตินิวไฮ 33,080 ครั้ง", "33,080 ครั้ง", "ปัญหาซื้อขายออนไลน์"],
    // A period's number with no year (ในไตรมาส 3, เป็นไตรมาสที่ 6) is when, not part of a name (business sentences, thaigov).
    ["การบินไทยมีผู้โดยสารในไตรมาส 3 จำนวน 3.9 ล้านคน", "3.9 ล้านคน", "ผู้โดยสาร"],
    ["ยอดสินเชื่อธุรกิจ SME ของธนาคารพาณิชย์หดตัวต่อเนื่องเป็นไตรมาสที่ 6 ที่ -3.2% YoY", "-3.2%", "ยอดสินเชื่อธุรกิจ SME"],
    // Headline verbs of business news: what is poured in, raked in, boosted is measured; Brent, the baht's
    // value, live (animals) are words of their own (business sentences, thaigov).
    ["“ซีพีเอฟ” โกยกำไรไตรมาส 3/67 ทะลุ 5,200 ล้านบาท พุ่ง 180% YoY", "5,200 ล้านบาท", "กำไร"],
    ["ดันยอดฉีดวัคซีนรวมเกิน 1 ล้านโดส", "1 ล้านโดส", "ยอดฉีดวัคซีน"],
    ["ราคาน้ำมันดิบเบรนท์ปรับตัวลง 2.3% มาอยู่ที่ 68.40 ดอลลาร์สหรัฐต่อบาร์เรล", "2.3%", "ราคาน้ำมันดิบเบรนท์"],
    ["ค่าเงินบาทเดือน ก.ย. อ่อนค่าลงราว 2.5%", "2.5%", "ค่าเงินบาท"],
    ["อัตราแลกเปลี่ยนเงินบาทเฉลี่ยเดือนตุลาคมอยู่ที่ 33.46 บาทต่อดอลลาร์สหรัฐ", "33.46 บาทต่อดอลลาร์สหรัฐ", "อัตราแลกเปลี่ยนเงินบาท"],
    ["การส่งออกมีมูลค่า 26,605.5 ล้านดอลลาร์สหรัฐ หรือคิดเป็นเงินบาท 895,600 ล้านบาท", "895,600 ล้านบาท", "การส่งออก"],
    ["ราคาสุกรมีชีวิตหน้าฟาร์มลดลงเหลือกิโลกรัมละ 68-72 บาท", "68-72 บาท", "ราคาสุกรมีชีวิตหน้าฟาร์ม"],
    // A Latin name after a verb of speaking is what is measured, not the speaker with it (business sentence).
    ["สภาพัฒน์เผย GDP ไตรมาส 2/2568 ขยายตัว 2.8% เทียบกับช่วงเดียวกันของปีก่อน", "2.8%", "GDP"],
    ["ขณะที่สินเชื่อเช่าซื้อรถยนต์มี NPL อยู่ที่ 2.4%", "2.4%", "NPL"],
    ["สำนักงานเศรษฐกิจอุตสาหกรรมคาดว่า MPI ทั้งปี 2568 จะขยายตัว 0.0-1.0%", "0.0-1.0%", "MPI"],
    // Seasonally adjusted is how, not what; a rate-setter's adjustment after มติ is of what it adjusts.
    ["เศรษฐกิจไทยขยายตัว 3.1% เร่งตัวขึ้นจาก 3.0% ในไตรมาสก่อนหน้า และเมื่อปรับผลของฤดูกาลแล้วขยายตัว 0.7%", "0.7%", "เศรษฐกิจไทย"],
    ["คณะกรรมการค่าจ้างมีมติปรับค่าจ้างขั้นต่ำเป็น 400 บาทต่อวัน", "400 บาทต่อวัน", "ค่าจ้างขั้นต่ำ"],
    // What a rate-setter keeps or cuts is measured, not the resolution (business sentences of our own).
    ["กนง. มีมติ 6 ต่อ 1 เสียงคงอัตราดอกเบี้ยนโยบายที่ 2.25%", "2.25%", "อัตราดอกเบี้ยนโยบาย"],
    ["คณะกรรมการนโยบายการเงิน (กนง.) มีมติเป็นเอกฉันท์คงอัตราดอกเบี้ยนโยบายไว้ที่ 2.50% ต่อปี", "2.50%", "อัตราดอกเบี้ยนโยบาย"],
    ["ธนาคารแห่งประเทศไทยมีมติลดอัตราดอกเบี้ยนโยบายลง 0.25%", "0.25%", "อัตราดอกเบี้ยนโยบาย"],
    ["มาตรการลดเบี้ยปรับ 50% สำหรับผู้ที่มาชำระหนี้", "50%", "มาตรการลดเบี้ยปรับ"],
    // What is opened or closed is counted; an amount after them is the act's own; alone, as a market
    // wrap writes a level, they name nothing (corpus and business sentences of our own).
    ["รวมทั้งเปิดโรงพยาบาลสนาม 2 แห่ง ที่สถานีขนส่ง", "2 แห่ง", "โรงพยาบาลสนาม"],
    ["เพียงเปิดบัญชีขั้นต่ำ 10,000 บาท จองสิทธิ์ภายใน", "10,000 บาท", "เปิดบัญชี"],
    ["ดัชนีตลาดหลักทรัพย์ไทย (SET Index) ปิดวันนี้ที่ 1,385.42 จุด ลดลง 12.35 จุด", "1,385.42 จุด", "ดัชนีตลาดหลักทรัพย์ไทย"],
    ["ค่าเงินบาทเปิดเช้านี้ที่ระดับ 34.52 บาทต่อดอลลาร์ อ่อนค่าลงจากปิดวันก่อนที่ 34.40 บาทต่อดอลลาร์", "34.40 บาทต่อดอลลาร์", "ค่าเงินบาท"],
    ["เปิดตัว 4 ทีม รัฐ – เอกชน ผนึกกำลัง", "4 ทีม", "เปิดตัว"],
    ["กระทรวงพาณิชย์รายงานว่าการส่งออกเดือนกันยายนขยายตัว 5.2%", "5.2%", "การส่งออก"],
    // An ordinal glued to a link (10 เดือนแรกของ|ปีนี้, as the segmenter cuts around ปีนี้) is the length's.
    ["ส่วน 10 เดือนแรกของปีนี้ ส่งออกรวม 250,218 ล้านดอลลาร์ ขยายตัว 4.5%", "250,218 ล้านดอลลาร์", "ส่งออก"],
    // A named body's verbs before its first noun are its name; เพื่อ names a purpose, the phrase stays.
    ["ของนายคำพอง จันทร์คุ้ม โดยกรมพัฒนาที่ดินได้สนับสนุนการขุดสระเก็บน้ำขนาด 3,500 ลบ.ม.เศษ", "3,500 ลบ.ม.", "ขนาดการขุดสระเก็บน้ำ"],
    ["โดยรัฐบาลได้กู้เงินเพื่อชดเชยการขาดดุล จำนวน 394,465 ล้านบาท ซึ่งในปี 2565", "394,465 ล้านบาท", "รัฐบาลได้กู้เงินเพื่อชดเชยการขาดดุล"],
    // Not a count of people nor of the bodies themselves; not when the verb leaves no object.
    ["ล่าสุดมีบริษัทนำเที่ยวที่เปิดถุงเงินแล้วจำนวน 1,816 ราย บริษัททัวร์สมัครเข้าร่วมโครงการจำนวน 741 ราย ยอดรวม", "741 ราย", "บริษัททัวร์สมัครเข้าร่วมโครงการ"],
    ["ซึ่งปัจจุบันได้มีหน่วยงานเข้าร่วมการพัฒนาการออกเอกสารหลักฐานฯ จำนวน 33 หน่วยงาน 82 ใบอนุญาต", "33 หน่วยงาน", "หน่วยงานเข้าร่วมการพัฒนาการออกเอกสารหลักฐานฯ"],
    ["โดยประชาชนจะชำระ 60% และรัฐบาลช่วยจ่าย 40% ผ่านการตัดเงินจากคูปอง", "40%", "รัฐบาลช่วยจ่าย"],
    // Verbs in a chain: a rise or a fall, or ให้ before another such verb, between (corpus sentences).
    ["คณะรัฐมนตรีมีมติ (14 ธันวาคม 2564) อนุมัติให้ใช้อัตราเงินเฟ้อทั่วไปในช่วงร้อยละ 1-3 เป็นเป้าหมายนโยบายการเงิน", "ร้อยละ 1-3", "อัตราเงินเฟ้อทั่วไป"],
    ["ตั้งแต่วันที่ 1 เมษายน 2564 ตรึงราคาขายปลีกน้ำมันดีเซลทุกประเภท ไม่เกินลิตรละ 30 บาท", "30 บาท", "ราคาขายปลีกน้ำมันดีเซลทุกประเภท"],
    ["วงเงินกู้สูงสุดไม่เกิน 50,000 บาท คิดอัตราดอกเบี้ย 0.35% ต่อเดือน", "0.35%", "อัตราดอกเบี้ย"],
    ["คาดว่าจะก่อให้เกิดมูลค่าทางเศรษฐกิจไม่น้อยกว่า 2,496 ล้านบาท", "2,496 ล้านบาท", "มูลค่าทางเศรษฐกิจ"],
    ["ได้รับการสนับสนุนจากมูลนิธิเทพรัตนเวชชานุกูล ในปี 2562 ปรับปรุงอาคารผู้ป่วยนอก มูลค่า 2,032,232.95 บาท", "2,032,232.95 บาท", "มูลค่าอาคารผู้ป่วยนอก"],
    // A bare length right after a verb of reporting opens what is reported: the figure after it names it.
    ["โฆษกรัฐบาลเผย 3 วัน ประชาชนกว่า 1 ล้านคนลงทะเบียน", "3 วัน", "ประชาชน"],
    // Nationwide (ทั่วประเทศ, ทั้งประเทศ) is the scope of what is measured, not what.
    ["ราคาอ้อยเฉลี่ยทั่วประเทศ 1,000 บาทต่อตัน", "1,000 บาทต่อตัน", "ราคาอ้อย"],
    // A count's fall in a count is no discount: it shares the count's subject.
    ["ในแง่หน่วยเปิดขายใหม่ 12,000 หน่วย ลด 3,500 หน่วย หรือลดลง 22.6%", "3,500 หน่วย", "หน่วยเปิดขายใหม่"],
    // A fall to a level (ลดเหลือเพียง) is what falls, named before it, not a discount.
    ["รมว.ดีอี เผยสถิติ ข้อมูลรั่วไหล ลดเหลือเพียง 1.62 % รุกสกัดแล้ว", "1.62 %", "ข้อมูลรั่วไหล"],
    // An owner in a chunk of its own (ของไทย) is not what is measured: the noun before it is, past a
    // gloss in brackets; an owner that holds what a count counts is (ของจังหวัด 76 จังหวัด).
    ["ในไตรมาสที่ 2 ปี 2568 ผลิตภัณฑ์มวลรวมภายในประเทศ หรือ GDP ของไทย ขยายตัว 2.8%", "2.8%", "GDP"],
    ["ส่วนมูลค่าหลักทรัพย์ตามราคาตลาด (มาร์เก็ตแคป) ของ SET อยู่ที่ 15,978,251.87 ล้านบาท", "15,978,251.87 ล้านบาท", "มูลค่าหลักทรัพย์ตามราคาตลาด"],
    ["ทั้งนี้ สำหรับแผนการฉีดวัคซีนโควิด 19 ของจังหวัดเชียงใหม่ จำนวน 3,500 โดส คณะกรรมการ", "3,500 โดส", "แผนการฉีดวัคซีนโควิด 19"],
    ["5. เห็นชอบแผนปฏิบัติราชการประจำปี ของจังหวัด 76 จังหวัด และแผน", "76 จังหวัด", "จังหวัด"],
    // An owner after a chunk ending in ของ goes with what it owns; not where a time reference was cut off.
    ["ได้แก่ กิจการโรงแยกก๊าซธรรมชาติของ ปตท. มูลค่ากว่า 18,000 ล้านบาท", "18,000 ล้านบาท", "มูลค่ากิจการโรงแยกก๊าซธรรมชาติของ ปตท."],
    ["เมื่อเทียบกับช่วงเดียวกันของปีก่อน  และเกินดุลการค้าอยู่ 2.6 พันล้านดอลลาร์", "2.6 พันล้านดอลลาร์", "ดุลการค้า"],
    // The place after ณ, with a cue between it and the figure, is where, not what; a count of it is of it.
    ["ล่าสุดวันที่ 1 เมษายน 2567 ราคายางแผ่นดิบ ณ โรงงานท้องถิ่น กก.ละ 80.75 บาท", "80.75 บาท", "ราคายางแผ่นดิบ"],
    ["ได้มีการปล่อยพันธุ์กุ้งทะเล ณ หลักเขตกรุงเทพมหานคร จำนวน 20 ล้านตัว และ", "20 ล้านตัว", "การปล่อยพันธุ์กุ้งทะเล"],
    ["ยังมีการตั้งตู้ พม. รับทุกข์ ณ จุดบริการทั้ง 57 จุด เพื่อช่วย", "57 จุด", "จุดบริการ"],
    ["ผู้สนใจสามารถยื่นใบสมัครด้วยตนเอง ณ ศูนย์การรับสมัคร ซึ่งมีทั้งหมด 5 แห่ง ได้แก่", "5 แห่ง", "ศูนย์การรับสมัคร"],
    // A measure word alone (ดัชนี: an index) after another figure's number words still names the figure.
    ["ปี61ต่างชาติทิ้งหุ้น 2.8 แสนล้าน ดัชนีร่วง 10.82%", "10.82%", "ดัชนี"],
    // Who is cared for is counted (ดูแล: a subject_action verb).
    ["ขณะนี้มีผู้ป่วยอาการสีแดงอยู่ 6 ราย ปัจจุบันดูแลผู้ป่วยโควิดแล้วประมาณ 472 ราย หายกลับบ้าน 223 ราย", "472 ราย", "ผู้ป่วยโควิด"],
    // A time of day's mark cut at its dot (น|.) is no name.
    ["โดยมีแรงงานไทยกลับมาแล้ว เวลา 05.00 น.อีกจำนวน 261 คน รวมเป็น", "261 คน", undefined],
    // A rate of a change (อัตรา|การ|ขยายตัว) is trimmed whole: what grows is named before it.
    ["ภาคเกษตรมีอัตราการขยายตัวร้อยละ 5.2", "ร้อยละ 5.2", "ภาคเกษตร"],
    // A verb of trade first in its chunk belongs to the noun before it; alone it names the figure.
    ["ส่วนมันสำปะหลัง ส่งออก 6.37 ล้านตัน เพิ่ม 36.70%", "6.37 ล้านตัน", "มันสำปะหลัง ส่งออก"],
    ["ในตลาดภายในประเทศ 65 ล้านฟอง ส่งออกแล้ว 16,787,581 ฟอง", "16,787,581 ฟอง", "ส่งออก"],
    // Time or cue words between a modifier and the noun before part them: the noun is named alone.
    ["ยอดการส่งออกรถยนต์สำเร็จรูป เดือนสิงหาคม 2562 ส่งออกได้ 81,549 คัน ลดลง", "81,549 คัน", "ยอดการส่งออกรถยนต์สำเร็จรูป"],
    ["ผู้ได้รับวัคซีนเข็มที่ 3 ขึ้นไป สะสม 28,231,141 โดส", "28,231,141 โดส", "ผู้ได้รับวัคซีนเข็มที่ 3"],
    // Money after a volume is its value: the volume's name (ปริมาณ) is not the value's, the topic's is (corpus).
    ["น้ำมันเบนซิน จำนวน 367 คดี ปริมาณ 1.57 แสนลิตร มูลค่ากว่า 3.8 ล้านบาท", "3.8 ล้านบาท", "มูลค่าน้ำมันเบนซิน"],
    // A record whose span's length is cut off (ต่ำสุดในรอบ | 12 ไตรมาส: ไตรมาส makes no duration) names
    // nothing: the change takes the figure before's subject.
    ["ยอดโอนบ้านทั่วประเทศมีจำนวน 5,000 หน่วย ซึ่งเป็นจำนวนที่ต่ำสุดในรอบ 12 ไตรมาส และยังลดลงร้อยละ 3.5", "ร้อยละ 3.5", "ยอดโอนบ้าน"],
    // A time of day with a colon (10:25 น.) says when, as 10.25 น. does: not a label before a colon.
    ["ประกาศราคาทองรอบที่ 3 ของวัน ณ เวลา 14:05 น. ปรับลดลง 100 บาท", "100 บาท", undefined],
    // A word of time the segmenter cut (ปี|หน้า, ในปี|หน้า) goes whole: หน้า is no name.
    ["ส่วนปีหน้าจะมีรายได้ประมาณ 50% ของปี 62", "50%", "รายได้"],
    // Alone, ลด (a subject_keep word) stays: the discount is what is measured.
    ["สินค้าอุปโภคบริโภค ลดสูงสุด 60%", "60%", "ลด"],
    // A word the segmenter's dictionary lacks keeps its last piece, a cue word (มา) elsewhere.
    ["จำแนกเป็น คนไทย 3 ราย และเมียนมา 14 ราย โดยพบปัจจัยเสี่ยง", "14 ราย", "เมียนมา"],
    ["สำหรับผู้เสียชีวิต 1 ราย ได้รับเงินค่าทำศพ 50,000 บาท เงินสงเคราะห์", "50,000 บาท", "เงินค่าทำศพ"],
    // Money after a count across a measure word is the value of what it counts, named with the word
    // (and a total word glued after it); not with เงิน, "amounting to".
    ["จำหน่ายทรัพย์ได้ทั้งสิ้น 42 รายการ มูลค่ารวม 59.475 ล้านบาท แบ่งเป็น", "59.475 ล้านบาท", "ทรัพย์ มูลค่ารวม"],
    ["4. สมาคมบรรจุภัณฑ์กระดาษลูกฟูกไทย บริจาคเตียงกระดาษ จำนวน 100 เตียง รวมมูลค่า 100,000 บาท", "100,000 บาท", "มูลค่าเตียงกระดาษ"],
    ["ช่วยเหลือค่าก่อสร้างบ้าน จำนวน 10 หลัง เป็นเงิน 92,680,000 บาท", "92,680,000 บาท", "ค่าก่อสร้างบ้าน"],
    // Across one verb of acting and no measure word, what those counted did it with (biz38's form, our own words).
    ["เป็นนักลงทุนจากประเทศญี่ปุ่น 17 ราย ลงทุน 2,816 ล้านบาท จีน 8 ราย ลงทุน 725 ล้านบาท", "725 ล้านบาท", "จีน"],
    ["ส่วนทรัพย์ที่ประมูลขายได้ในราคาถูกที่สุด คือ ที่ดินเปล่า ขนาด 60 ตารางวา ในโครงการ", "60 ตารางวา", "ขนาดที่ดินเปล่า"],
    // A period (หกเดือนแรก) is of what the phrase before it names, and so is the figure after it.
    ["อาหารทะเลกระป๋องและแปรรูป ที่เดือนมิถุนายนเพิ่ม15.3% และหกเดือนแรกเพิ่ม 11.7% เป็นมูลค่า", "หกเดือน", "อาหารทะเลกระป๋องและแปรรูป"],
    ["ยอดจดทะเบียนรถยนต์นั่งใหม่ในช่วง 10 เดือนที่ผ่านมา ลดลง 2.2%", "10 เดือน", "ยอดจดทะเบียนรถยนต์นั่งใหม่"],
    // พิจารณา (to consider) is trimmed as a verb of reporting, but not made a noun by การ.
    ["ที่ประชุมได้มีมติเห็นชอบให้เสนอ กนช. พิจารณาเงินช่วยเหลือ 3,500 บาท", "3,500 บาท", "เงินช่วยเหลือ"],
    ["ผู้ที่ผ่านหลักเกณฑ์การพิจารณาแล้ว 22,272 ราย อยู่ระหว่างการพิจารณา", "22,272 ราย", "ผู้ที่ผ่านหลักเกณฑ์การพิจารณา"],
    // A purpose (เพื่อ, เพื่อให้) is trimmed from a subject's start: what follows is measured.
    ["ส่งเสริมการเลี้ยงแม่พันธุ์แพะ เพื่อเพิ่มผลผลิตแพะขุนปีละไม่น้อยกว่า 600 ตัว", "600 ตัว", "ผลผลิตแพะขุน"],
    ["และจะจัดสรรวัคซีนเพิ่ม เพื่อให้ครอบคลุมประชากรร้อยละ 70 ของจำนวนประชากร", "ร้อยละ 70", "ประชากร"],
    // So is a reason's conjunction (เพราะ).
    ["ที่ผ่านมาไทยประสบความสำเร็จ เพราะการดำเนินนโยบายของไทยอย่างจริงจัง ตลอด 40 ปี", "40 ปี", "การดำเนินนโยบายของไทยอย่างจริงจัง"],
    // A subject window that starts inside a word starts at the next word (no ่อรักษา… left of เพื่อ).
    ["ต้องใช้วัตถุออกฤทธิ์ในประเภท 2 ประเภท 3 หรือประเภท 4 เพื่อรักษาโรคเฉพาะตัวของสัตว์นั้นที่ประสงค์จะขออนุญาตนำวัตถุออกฤทธิ์ในประเภทดังกล่าวติดตัวเข้ามาในหรือออกไปนอกราชอาณาจักรในปริมาณที่จำเป็นสำหรับการใช้รักษาที่เกิน 30 วัน", "30 วัน", "รักษาโรคเฉพาะตัว"],
    // So does a comparison's base figure (จากเดิมตั้งไว้): the level what is compared was cut from.
    ["สมาคมฯ ปรับลดเป้าหมายการส่งออกข้าวทั้งปีลงเหลือ 7.5 ล้านตัน จากเดิมตั้งไว้ 8 ล้านตัน", "8 ล้านตัน", "เป้าหมายการส่งออกข้าว"],
    // A base's own figure whose clause names nothing measures what the figure compared with it does.
    ["ผลผลิตยางธรรมชาติของไทยในปี 2567 จะอยู่ที่ 4.71 ล้านตัน ลดลง 1.6% จากปี 2566 ที่ผลิตได้ 4.79 ล้านตัน", "4.79 ล้านตัน", "ผลผลิตยางธรรมชาติของไทย"],
    // Consecutively (ติดต่อกัน) says how long, not what: the noun before it is the subject.
    ["ยอดจดทะเบียนรถยนต์นั่งใหม่ มีจำนวน 41.0 พันคัน หดตัว 3.6% ซึ่งหดตัวเป็นเดือนที่ 9 ติดต่อกัน และหดตัว 2.2%", "2.2%", "ยอดจดทะเบียนรถยนต์นั่งใหม่"],
    ["ทำให้มีวันหยุดติดต่อกัน 4 วัน เพื่อให้มีวันหยุด", "4 วัน", "วันหยุด"],
    // The marks of repetition and abbreviation alone (ๆ, ฯ) name nothing.
    ["ผู้ฝากเงินขั้นต่ำ 10,000 บาท ติดต่อกันทุกๆ 7 เดือน จะได้รับ 1 สิทธิ์", "7 เดือน", "ผู้ฝากเงิน"],
    // A line's label before a colon names its figure, a verb too.
    ["ทองคำแท่ง 1 บาท 96.5%\n- รับซื้อ: 58,900 บาท/บาททองคำ\nขายออก: 59,000 บาท/บาททองคำ", "58,900 บาท", "รับซื้อ"],
    ["ทองคำแท่ง 1 บาท 96.5%\n- รับซื้อ: 58,900 บาท/บาททองคำ\nขายออก: 59,000 บาท/บาททองคำ", "59,000 บาท", "ขายออก"],
    ["ราคาน้ำมันดีเซล วันนี้ปรับขึ้นเป็น: 32 บาท", "32 บาท", "ราคาน้ำมันดีเซล"],
    // An item line that names nothing before its figure (a date, cue words) continues the line before.
    ["น้ำมันดีเซล วันที่ 23 กุมภาพันธ์ ราคาอยู่ที่ลิตรละ 26.69 บาท\n22 มีนาคม ปรับขึ้นเป็น 26.99 บาท", "26.99 บาท", "น้ำมันดีเซล"],
    ["• มีผู้ลงทะเบียนสมัครงาน 67,017 คน\nเพิ่มขึ้นจากช่วงเดียวกันของปีก่อน ร้อยละ 56", "ร้อยละ 56", "ผู้ลงทะเบียนสมัครงาน"],
    // Not when the line before goes on after its figure, nor when the item line names something.
    ["น้ำมันดีเซล ราคาอยู่ที่ 26.69 บาท ตามประกาศ\n22 มีนาคม ปรับขึ้นเป็น 26.99 บาท", "26.99 บาท", undefined],
    ["น้ำมันดีเซล ราคาอยู่ที่ 26.69 บาท\nแก๊สโซฮอล์ 95 ปรับขึ้นเป็น 27.75 บาท", "27.75 บาท", "แก๊สโซฮอล์ 95"],
    // All of a set named before (ทั้ง 2 ฝ่าย; in words, ทั้งสองฝ่าย is "both", no figure: mask.both): what is glued
    // after its classifier is what the set does; the classifier names what is counted.
    ["ทั้ง 2 ฝ่ายต่างเห็นพ้องที่จะขยายเวลาการฉลองครบรอบ 70 ปี", "2 ฝ่าย", "ฝ่าย"],
    // So after a space or a clause's start, when the set acts (ทั้งสองฝ่าย|ได้แสดง): not the phrase before.
    ["โดยการหารือครั้งนี้ ทั้ง 2 ฝ่ายได้ตระหนักถึงความสำคัญ", "2 ฝ่าย", "ฝ่าย"],
    ["ตามด้วยความสัมพันธ์ในครอบครัว โดยทั้ง 2 เรื่องมีความเกี่ยวข้องกัน", "2 เรื่อง", "เรื่อง"],
    // Glued to a noun, the set is the noun's; after a space with figures going on, the clause before's.
    ["ส่วนใหญ่อยู่ภาคเหนือ รวม กทม.ทั้ง 50 เขต ตั้งแต่ต้นปี", "50 เขต", "กทม."],
    ["ทำให้ได้รับผลกระทบ ทั้ง 6 ตำบล จำนวน 46 หมู่บ้าน", "6 ตำบล", "ได้รับผลกระทบ"],
    // A classifier that names no kind leaves it to the phrase before.
    ["กระทรวง พม. นำร่างรายงานฯ ทั้ง 2 ฉบับดังกล่าวเสนอคณะรัฐมนตรี", "2 ฉบับ", "ร่างรายงานฯ"],
    ["ได้แก่ 3 กลุ่มสินค้าเป้าหมาย คือ ผลไม้", "3 กลุ่ม", "กลุ่มสินค้าเป้าหมาย"],
    // What is glued after a length's unit says more of the length (ปีซ้อน, วันนับแต่…), not what it measures.
    ["สูงสุด 4 ปีซ้อน!! ธอส. คว้า ITA อันดับ 1", "4 ปี", undefined],
    // A prefix cut off last after a trimmed word names nothing (มี|การ); one ending a compound stays.
    ["ผลการดำเนินงานที่ผ่านมา รายได้มีการเติบโตขึ้นรวมกว่า 6,000 ล้านบาท", "6,000 ล้านบาท", "รายได้"],
    ["ระยะเวลาดำเนินการ 3 เดือน ช่วงเดือนตุลาคม", "3 เดือน", "ระยะเวลาดำเนินการ"],
    // Who is helped is counted (ช่วย, a verb before its object); a plan laid down (วางไว้) is how the figure was set.
    ["ช่วยผู้ประกอบการ SMEs 560,000 ราย หรือประมาณ 20% ของจำนวน SMEs", "560,000 ราย", "ผู้ประกอบการ SMEs"],
    ["มีการเพาะปลูกรวมทั้งสิ้น 5.95 ล้านไร่ (แผนวางไว้ 2.45 ล้านไร่)", "2.45 ล้านไร่", "แผน"],
    // ประจำ with the fiscal year said short, or with วันที่, is a word of time: no subject (was ประจำ).
    ["แผนการใช้เงินของกองทุนเพื่อความเสมอภาคทางการศึกษา ประจำปีงบฯ67 วงเงิน 7,985,786,100 บาท", "7,985,786,100 บาท", "วงเงินแผนการใช้เงินของกองทุนเพื่อความเสมอภาคทางการศึกษา"],
    ["สำหรับเทศกาลสงกรานต์ 2567 ประจำวันที่ 13 เมษายน 2567 (สะสม 3 วัน) พบว่า", "3 วัน", "เทศกาลสงกรานต์"],
    // An agency alone before a verb of reporting is who reports: what is reported is named before it.
    ["ขณะที่ภาวะเศรษฐกิจการเกษตรในไตรมาส 2 ปี 2564 สศก. พบว่า ขยายตัว ร้อยละ 1.2", "ร้อยละ 1.2", "ภาวะเศรษฐกิจการเกษตร"],
    // Before a verb of acting, who acts: a count is of its classifier, an amount approved of its purpose.
    ["ธ.ก.ส. เดินหน้า 7 แผนงานเพิ่มพื้นที่สีเขียว", "7 แผนงาน", "แผนงาน"],
    ["ธอส. คว้า 6 รางวัล รัฐวิสาหกิจดีเด่น", "6 รางวัล", "รางวัล"],
    ["ครม. อนุมัติ 24,400 ล้านบาท ขับเคลื่อนการวิจัยและพัฒนานวัตกรรม", "24,400 ล้านบาท", "การวิจัยและพัฒนานวัตกรรม"],
    ["ครม. อนุมัติ 3,786.55 ล้านบาท ให้กรมทางหลวงและกรมทางหลวงชนบท ฟื้นฟูโครงสร้างพื้นฐาน", "3,786.55 ล้านบาท", "ฟื้นฟูโครงสร้างพื้นฐาน"],
    // With no such classifier or purpose, or what the body got or achieved, the body stays.
    ["หรือ สสว. สนับสนุน ร้อยละ 80 MSME จ่ายร้อยละ 20", "ร้อยละ 80", "สสว."],
    ["ผลคะแนนปรากฏว่า ธอส. ได้รับคะแนนสูงสุดที่ 99.60 คะแนน อยู่ในระดับ AA", "99.60 คะแนน", "ธอส."],
    // Not a place (กทม. พบ 500 ราย: the cases there).
    ["ในวันนี้ กทม. พบ 500 ราย", "500 ราย", "กทม."],
    // Past an aside in brackets right after a figure, the next figure goes on from that one, not from the aside's
    // (thaigov 2565, rail riders on Loy Krathong); an aside after a name glosses the name (ปริญญาตรี (4 ปี) …).
    ["- รถไฟฟ้าสายเฉลิมรัชมงคล (สีน้ำเงิน) 474 เที่ยว (รวมเสริม 14 เที่ยววิ่ง) จำนวน 378,750 คน/เที่ยว", "378,750 คน/เที่ยว", "รถไฟฟ้าสายเฉลิมรัชมงคล"],
    ["(1) ปริญญาตรี (4 ปี) 826,200 บาทต่อคน (รวมถึงค่าใช้จ่าย", "826,200 บาทต่อคน", "ปริญญาตรี"],
    // A headline's verb alone before a count names nothing: what is glued after its classifier does.
    ["รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ดีอีเอส แนะ 6 วิธีรู้เท่าทันข่าวปลอม", "6 วิธี", "วิธีรู้เท่าทันข่าวปลอม"],
    ["รัฐบาลเดินหน้าผลักดันการค้าชายแดน ชู 3 แนวทางหลัก ดันมูลค่าการค้า", "3 แนวทาง", "แนวทางหลัก"],
    ["พม. จับมือ 9 หน่วยงาน ลงนาม MOU การใช้ข้อมูล", "9 หน่วยงาน", "หน่วยงาน"],
    ["สธ.กำชับ 9 จังหวัดเสี่ยงเฝ้าระวังน้ำท่วม", "9 จังหวัด", "จังหวัดเสี่ยงเฝ้าระวังน้ำท่วม"],
    // Verbs of speech and meetings in headlines (thaigov 2563–2567): what is stressed, discussed, explained, invited, raised.
    ["รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-นายกฯ ย้ำ 3 ช่องทางการลงทะเบียนฉีดวัคซีน", "3 ช่อง", "ช่องทางการลงทะเบียนฉีดวัคซีน"],
    ["อัดไม่สนความเดือดร้อนประชาชน แจง 10 มาตรการแค่ระยะสั้น", "10 มาตรการ", "มาตรการ"],
    ["ประชุม กก.วล. เคาะตั้งคณะกรรมการระดับชาติ ยกระดับ 30 มาตรการแก้ไขปัญหาฝุ่น PM2.5", "30 มาตรการ", "มาตรการแก้ไขปัญหาฝุ่น"],
    ["FAO ได้เชิญรัฐมนตรีจาก 6 ประเทศ ได้แก่ แคนาดา", "6 ประเทศ", "รัฐมนตรี"],
    ["สาธารณสุขจังหวัด เชิญชวนประชาชนที่มีอายุ 60 ปีขึ้นไป มารับวัคซีน", "60 ปี", "ประชาชนที่มีอายุ"],
    // A body's abbreviation after กับ, ให้, แก่, จาก is whom or where: the phrase before names the figure (thaigov 2563–2568).
    ["มีเกษตรกรลูกค้าได้ฝากเงินในบัญชีออมทรัพย์ทวีโชคกับ ธ.ก.ส. แล้วจำนวน 18.77 ล้านบัญชี", "18.77 ล้านบัญชี", "เกษตรกรลูกค้าได้ฝากเงินในบัญชีออมทรัพย์ทวีโชคกับ ธ.ก.ส."],
    ["บริษัท สยามกลการ จำกัด ได้บริจาคที่ดินให้ มธ. จำนวนประมาณ 18 ไร่", "18 ไร่", "ที่ดินให้ มธ."],
    ["ซึ่งปัจจุบัน อ.ส.ค. มีสมาชิกส่งน้ำนมดิบให้กับ อ.ส.ค. ทั่วประเทศจำนวน 5,952 ราย", "5,952 ราย", "สมาชิกส่งน้ำนมดิบให้กับ อ.ส.ค."],
    // Not when it is what the figure counts.
    ["ร่วมพัฒนาอาชีวศึกษา พร้อมกับ มทร. 9 แห่ง", "9 แห่ง", "มทร."],
    // A percentage at a level (อยู่ที่, เหลือ) is of what stands there, named before; its whole after it is the base,
    // and the subject only when nothing before names one (economic reports, thaigov 2565–2566).
    ["รวมทั้งผู้ขอรับประโยชน์ทดแทนกรณีว่างงานรายใหม่ ในเดือนพฤษภาคม 2565 อยู่ที่ร้อยละ 0.58 ของผู้ประกันตนตามมาตรา 33 ทั้งหมด", "ร้อยละ 0.58", "ผู้ขอรับประโยชน์ทดแทนกรณีว่างงานรายใหม่"],
    ["ในส่วนของผลการสำรวจ ที่ระบุว่าร้อยละ 80.8 ของประชาชน ต้องการให้รัฐช่วยเหลือ", "ร้อยละ 80.8", "ประชาชน"],
    // Starts (เริ่ม) alone names nothing; first in a phrase, what is started is measured (thaigov 2563–2568).
    ["SME D Bank ออกผลิตภัณฑ์สินเชื่อใหม่ กู้ง่าย ดอกเบี้ยคงที่ เริ่มต้นปีแรกเพียง 5.99%ต่อปี  ไม่ต้องใช้หลักทรัพย์", "5.99%", "ดอกเบี้ย"],
    ["สมาชิก กอช. โดยเริ่มออมเงินตั้งแต่ 50 บาท สูงสุด 13,200 บาท", "50 บาท", "ออมเงิน"],
    // Cases of an act (คดี, a `named` counter): of the item named before the act, in a list (thaigov 2568, customs).
    ["ตรวจยึดสินค้าผิดกฎหมายได้หลายรายการ ได้แก่ 1. บุหรี่ต่างประเทศ จับกุม 667 คดี ปริมาณ 17.39 ล้านมวน", "667 คดี", "บุหรี่ต่างประเทศ"],
    ["ปี พ.ศ. 2564 มี 3,076 คดี", "3,076 คดี", "คดี"],
    ["ซึ่งทำการจับกุมแล้ว เหลือเพียง 1 คดีที่อยู่ระหว่างการสืบสวน ด้านนายชลธี", "1 คดี", "คดีที่อยู่ระหว่างการสืบสวน"],
    // A list's introduction names nothing; each (แต่ละ) left when its word of time is cut goes too.
    ["แบ่งเป้าหมายพื้นที่ส่งเสริมการผลิตข้าวอินทรีย์ที่เข้าร่วมใหม่แต่ละปี ดังนี้ ปี 2560 จำนวน 300,000 ไร่", "300,000 ไร่", "เป้าหมายพื้นที่ส่งเสริมการผลิตข้าวอินทรีย์ที่เข้าร่วมใหม่"],
    // The goal alone before a figure names nothing: what it is for, before it (thaigov 2567, อว. For EV), does.
    ["ได้แก่ EV HRD หรือการผลิตกำลังคนให้เพียงพอต่อความต้องการของภาคอุตสาหกรรม เป้าหมาย 150,000 คนใน 5 ปี", "150,000 คน", "การผลิตกำลังคนให้เพียงพอต่อความต้องการของภาคอุตสาหกรรม"],
    ["ในปีนี้มีประชากรกลุ่มเป้าหมาย 500 คน", "500 คน", "ประชากรกลุ่มเป้าหมาย"],
    // With its negation, ได้ is no cue: ไม่ was left dangling (thaigov 2564, highways under water).
    ["7. จังหวัดลพบุรี (การจราจรผ่านไม่ได้ 6 แห่ง)", "6 แห่ง", "การจราจรผ่านไม่ได้"],
    // A green light, a gavel's knock, the headlines' approval: what is approved is measured (thaigov 2565–2567).
    ["ครม.ไฟเขียวงบกลาง กว่า 750 ล้านบาท เยียวยาแรงงานไทย", "750 ล้านบาท", "งบกลาง"],
    ["รัฐบาล ไฟเขียว EEC Visa 10 ปี หนุนต่างชาติศักยภาพสูงลงทุน", "10 ปี", "EEC Visa"],
    ["ครม. เคาะงบกลาง 811 ลบ. เป็นค่าตอบแทน", "811 ลบ.", "งบกลาง"],
    ["คกก.นโยบายป่าชุมชน เคาะร่างกฎหมาย 2 ฉบับ การจัดตั้งป่าชุมชน", "2 ฉบับ", "ร่างกฎหมาย"],
    ["โดยในระยะแรก ขับเคลื่อน 5 ชนิดสินค้าเป้าหมายตามความต้องการ", "5 ชนิด", "ชนิดสินค้าเป้าหมายตามความต้องการ"],
    ["ร่วมมือฟื้นฟูเศรษฐกิจภายใต้สถานการณ์โควิด 19 โดยดำเนินการ 2 เรื่อง คือ การขับเคลื่อนสมุนไพร", "2 เรื่อง", "เรื่อง"],
    // First in a phrase, carrying out, proposing (ดำเนินการ…, เสนอ…) is trimmed: what is done or proposed is measured.
    ["ได้ดำเนินการอพยพสัตว์แล้ว 4,082 ตัว แจกจ่ายเสบียง", "4,082 ตัว", "อพยพสัตว์"],
    ["ได้เสนอร่างกฎกระทรวง รวม 3 ฉบับดังกล่าวมาเพื่อ", "3 ฉบับ", "ร่างกฎกระทรวง"],
    // Alone before a share, what is named before it is measured.
    ["ร้อยละของสหกรณ์ที่ได้รับการตรวจสอบ ดำเนินการได้ ร้อยละ 61.64 จากเป้าหมาย", "ร้อยละ 61.64", "ร้อยละของสหกรณ์ที่ได้รับการตรวจสอบ"],
    // What reflects it (สะท้อนจาก …) is measured, not the verb.
    ["การบริโภคภาคเอกชนปรับตัวดีขึ้น สะท้อนจากจำนวนรถจักรยานยนต์จดทะเบียนใหม่ขยายตัวที่ร้อยละ 0.4 ต่อปี", "ร้อยละ 0.4", "รถจักรยานยนต์จดทะเบียนใหม่"],
    // A survey's "unspecified" category is one word (ไม่ระบุ), not a verb of reporting after ไม่.
    ["คนไทยร้อยละ 56 ต่างชาติร้อยละ 31 และไม่ระบุร้อยละ 13", "ร้อยละ 13", "ไม่ระบุ"],
    // The start or end of a month (ต้นเดือน, ปลายเดือน) is a word of time, trimmed whole.
    ["ราคาน้ำมันดิบเพิ่มเป็น 140 ดอลลาร์สหรัฐต่อบาร์เรล ในช่วงต้นเดือนมีนาคม และในระดับปัจจุบันที่ 114 ดอลลาร์สหรัฐต่อบาร์เรล", "114 ดอลลาร์สหรัฐต่อบาร์เรล", "ราคาน้ำมันดิบ"],
    ["ปลายเดือนหยุดยาวติดต่อกันอีก 4 วัน", "4 วัน", "หยุดยาว"],
    // How a whole is divided (แบ่ง…ออกเป็น) is no part of what is counted.
    ["แบ่งการก่อสร้างเป็น 25 สัญญา (ก่อสร้างแล้วเสร็จ", "25 สัญญา", "การก่อสร้าง"],
    ["การประชุมสำคัญแบ่งออกเป็น 3 ประเภท คือ", "3 ประเภท", "การประชุมสำคัญ"],
    ["ให้ยื่นคำขออนุญาตฯ ภายใน 120 วันนับตั้งแต่วันที่คณะรัฐมนตรีมีมติเห็นชอบ", "120 วัน", "ยื่นคำขออนุญาตฯ"],
    // The span of time it is written with (ระยะ, เวลา) is stepped over: it names the period itself.
    ["ไฮไลท์สำคัญตลอดระยะเวลา 29 ปีที่ผ่านมา ของการดำเนินงาน", "29 ปี", "ไฮไลท์สำคัญ"],
    ["ในระยะ 5 ปีข้างหน้า ภาครัฐจะลงทุน", "5 ปี", undefined],
    // A change whose phrase names nothing is of what the sentence named before (Thai leaves it out).
    ["ยอดจดทะเบียนรถยนต์นั่งใหม่ ในเดือน ตุลาคม 2558 พบว่ามีจำนวน 41.0 พันคัน หดตัว 3.6% เมื่อเทียบกับปีที่ผ่านมา ซึ่งหดตัวเป็นเดือนที่ 9 ติดต่อกัน และหดตัว 2.2% เมื่อเทียบกับเดือนที่ผ่านมา", "2.2%", "ยอดจดทะเบียนรถยนต์นั่งใหม่"],
    // Not across a line.
    ["ยอดจดทะเบียนรถยนต์ใหม่ 41.0 พันคัน หดตัว 3.6% เมื่อเทียบกับปีที่ผ่านมา\nซึ่งหดตัวเป็นเดือนที่ 9 ติดต่อกัน และหดตัว 2.2%", "2.2%", undefined],
    // A name set equal to the figure (MLR = 6.150%) names it; an ordinal of time (วันที่ 1-45) does not.
    ["อัตราดอกเบี้ยธนาคาร MRR = 6.245% และ MLR = 6.150% ต่อปี", "6.150%", "MLR"],
    ["ปีที่ 1 อัตราดอกเบี้ย = 0.10% ต่อปี", "0.10%", "อัตราดอกเบี้ย"],
    ["วันที่ 1-45 = 1.00% ต่อปี", "1.00%", undefined],
    // A period that opens what a reporter says is of what the reported clause names, not of the reporter.
    ["นายนฤตม์ เทอดสถีรศักดิ์ เลขาธิการคณะกรรมการส่งเสริมการลงทุน (บีโอไอ) เปิดเผยว่า ในช่วง 6 เดือนแรกของปีนี้ (ม.ค.-มิ.ย.67) ทิศทางการลงทุนมีแนวโน้มที่ดีและเติบโตอย่างต่อเนื่อง โดยโครงการการขอรับการส่งเสริมการลงทุนมีจำนวน 1,412 โครงการ", "6 เดือน", "โครงการการขอรับการส่งเสริมการลงทุน"],
    ["นายธนกรกล่าวว่า ในช่วง 5 เดือนแรกของปีงบประมาณ", "5 เดือน", undefined],
    ["นางอารดา เฟื่องทอง อธิบดีกรมการค้าต่างประเทศ กระทรวงพาณิชย์ เปิดเผยว่า ช่วง 8 เดือน ปี 2568 (ม.ค.-ส.ค.) ไทยส่งออกข้าวปริมาณ 5.04 ล้านตัน", "8 เดือน", "ปริมาณไทยส่งออกข้าว"],
    // How fast a change was (อย่างรวดเร็ว, ร้อนแรง) is no part of what changed.
    ["ราคายางขยับสูงขึ้นอย่างรวดเร็ว จาก 54 บาท/กก. เป็น 82 บาท/กก.", "54 บาท/กก.", "ราคายาง"],
    // On average (โดยเฉลี่ย, one word) starts no clause.
    ["ดังนั้นอัตราเงินเฟ้อพื้นฐานโดยเฉลี่ยในช่วง 10 เดือนแรกของปีนี้จึงเพิ่มขึ้น 2.35% เมื่อเทียบกับช่วงเดียวกันของปีก่อน", "10 เดือน", "อัตราเงินเฟ้อพื้นฐาน"],
    // So is it before a length that is no period (ในรอบ 6 เดือน, ใช้เวลา 3-5 วัน), which falls back
    // on the span's noun when nothing is named before it.
    ["การส่งออกไปทวีปออสเตรเลีย (25) กลับมาขยายตัวในรอบ 6 เดือนที่ร้อยละ 2.1", "6 เดือน", "การส่งออกไปทวีปออสเตรเลีย"],
    ["การส่งออกไปทวีปออสเตรเลีย (25) กลับมาขยายตัวในรอบ 6 เดือนที่ร้อยละ 2.1", "ร้อยละ 2.1", "การส่งออกไปทวีปออสเตรเลีย"],
    ["ส่วนการตรวจไวรัสทั้งตัว (Whole genome sequencing) ใช้เวลา 3-5 วัน มีค่าใช้จ่ายสูง", "3-5 วัน", "การตรวจไวรัสทั้งตัว"],
    // After ระยะเวลา (a `subject_length_noun`), the phrase before is named with it: how long that lasts.
    ["รายละเอียดโครงการความร่วมมือระยะเวลา 3 ปี ระหว่างกรมส่งเสริมการเกษตร", "3 ปี", "ระยะเวลารายละเอียดโครงการความร่วมมือ"],
    ["เพิ่มเป็น 70% ภายในระยะเวลา 180 วัน", "180 วัน", "ระยะเวลา"],
    // A record set over a span (สูงสุดในรอบ 4 ปี) is the figure's before it.
    ["หนี้สินครัวเรือน 740,000 บาท/ครัวเรือน ขยายตัว 22.1% จาก 606,378 บาท/ครัวเรือน ในปีก่อน หรือสูงสุดในรอบ 4 ปี", "4 ปี", "หนี้สินครัวเรือน"],
    ["ไทยมีมูลค่าการส่งออก 24,960 ล้านดอลลาร์สหรัฐ ลดลง 10.9% เมื่อเทียบเดือน มี.ค. 66 ติดลบเป็นครั้งแรกในรอบ 8 เดือน", "8 เดือน", "มูลค่าการส่งออก"],
    ["อาหารทะเลกระป๋องและแปรรูป ที่เดือนมิถุนายนเพิ่ม15.3% และหกเดือนแรกเพิ่ม 11.7% เป็นมูลค่า", "11.7%", "อาหารทะเลกระป๋องและแปรรูป"],
    // Digits alone name nothing (a table's other column).
    ["จำนวน 34 แห่ง (สิ้นสุดการดำเนินการแล้ว)    101,038    67%", "67%", undefined],
    // A web page title's breadcrumb (its site's sections) is no part of a title figure's subject.
    ["รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-บอร์ดบีโอไอไฟเขียวลงทุน 3.5 หมื่นล้านบาท\nวันที่ 1", "3.5 หมื่นล้านบาท", "บอร์ดบีโอไอไฟเขียวลงทุน"],
    // So is each article's, in a file of many; a long title's own hyphen is none.
    ["ที่มา : https://www.thaigov.go.th\n\nรัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ครม.เห็นชอบแผนบริหารจัดการประมงทะเล ปี63 – 65 วงเงิน 2,970 ล้านบาท", "2,970 ล้านบาท", "วงเงินแผนบริหารจัดการประมงทะเล"],
    // A list item's number glued to it is no part of what it names.
    ["ราคา 83 บาท ตกฟองละ 2.77 บาท 3.น้ำมันพืชขนาด 1 ลิตร ขวดละ 43 บาท", "43 บาท", "น้ำมันพืช"],
    // มาจาก is "from" inside a noun phrase; เป็นผลมาจาก starts a clause (the test above).
    ["จำแนกเป็น ผู้ป่วยจากในประเทศ 21,064 ราย ผู้ป่วยมาจากต่างประเทศ 168 ราย", "168 ราย", "ผู้ป่วยมาจากต่างประเทศ"],
    ["ทองคำ กลับมาหดตัวในเดือนนี้ที่ร้อยละ 9.2 (หดตัวในออสเตรเลีย)", "ร้อยละ 9.2", "ทองคำ"],
    ["สำหรับประเทศไทยวันนี้มีผู้ติดเชื้อโควิด 19 รายใหม่ จำนวน 14 ราย เป็นการติดเชื้อ", "14 ราย", "ผู้ติดเชื้อโควิด 19 รายใหม่"],
    // A figure in brackets after a name, a change cue before it; a level no rule takes, only cues
    // after it, names the change after it as well.
    ["ผลผลิตพืชเกษตรสำคัญที่ขยายตัว ได้แก่ ข้าวโพดเลี้ยงสัตว์ (เพิ่มขึ้นร้อยละ 22.7) ไก่เนื้อ", "ร้อยละ 22.7", "ข้าวโพดเลี้ยงสัตว์"],
    ["โดยในเดือนเมษายน 2564 MPI อยู่ที่ระดับ 91.88 เพิ่มขึ้นร้อยละ 18.46", "ร้อยละ 18.46", "MPI"],
    ["สภาวะเศรษฐกิจโลกในปี 2563 มีแนวโน้มจะหดตัวร้อยละ 4.4", "ร้อยละ 4.4", "สภาวะเศรษฐกิจโลก"],
    ["ค่าฝุ่นละออง PM 2.5 ลดลงร้อยละ 45", "ร้อยละ 45", "ค่าฝุ่นละออง PM 2.5"],
    // จากนั้น (then) starts a clause; นั้น (that) points back and names nothing.
    ["ครั้งแรกในวันที่ 8-10 กันยายน 2563 จากนั้นจะเก็บตัวอย่างส่งตรวจทุก 1 เดือน", "1 เดือน", "ตัวอย่างส่งตรวจ"],
    ["ซึ่งสินค้าที่ถูกตัดสิทธิ GSP จำนวน 231 รายการนั้น ไทยใช้สิทธิจริง", "231 รายการ", "สินค้าที่ถูกตัดสิทธิ GSP"],
    // A list's last item after และ: the figure is each item's; one phrase before และ is as often a clause.
    ["สินค้าที่ขยายตัวดี ได้แก่ อุปกรณ์กึ่งตัวนำ ทรานซิสเตอร์ และไดโอด ขยายตัวร้อยละ 34.1", "ร้อยละ 34.1", "อุปกรณ์กึ่งตัวนำ ทรานซิสเตอร์ และไดโอด"],
    ["ลดลงร้อยละ 5.2 และร้อยละ 20.4 ตามลำดับ และการใช้จ่ายในหมวดสินค้าคงทนลดลงร้อยละ 19.3", "ร้อยละ 19.3", "การใช้จ่ายในหมวดสินค้าคงทน"],
    // Can, in particular, mostly, free: they qualify a verb or a noun and name nothing.
    ["เพื่อให้ท่าอากาศยานสุวรรณภูมิ (ทสภ.) สามารถรองรับผู้โดยสารสูงสุด 75 ล้านคนต่อปี", "75 ล้านคน", "ผู้โดยสาร"],
    ["โดยในปี 2562 ธอส. สามารถจำหน่ายทรัพย์ 4,054.48 ล้านบาท", "4,054.48 ล้านบาท", "ทรัพย์"],
    ["เอเชียพบผู้ป่วยต่อเนื่องในหลายประเทศ โดยเฉพาะประเทศอินเดียพบผู้ติดเชื้อรายใหม่ 95,529 ราย", "95,529 ราย", "ประเทศอินเดียพบผู้ติดเชื้อรายใหม่"],
    ["สะสมสุทธิ 917 ราย ใน 74 จังหวัด ซึ่งส่วนใหญ่เป็นผู้ประกอบธุรกิจในภาคตะวันออกเฉียงเหนือ 543 ราย", "543 ราย", "ผู้ประกอบธุรกิจในภาคตะวันออกเฉียงเหนือ"],
    ["หากใช้ไฟฟ้าไม่เกิน 150 หน่วยต่อเดือน ให้ใช้ไฟฟ้าฟรี 90 หน่วย", "90 หน่วย", "ไฟฟ้า"],
    // A name of Latin letters after cue words only: the name alone.
    ["มีแรงงานไทยเดินทางไปทำงานในประเทศญี่ปุ่น 1,700 คน และ Re-entry 137 คน รวมทั้งสิ้น", "137 คน", "Re-entry"],
    ["อัตราดอกเบี้ยลูกค้าทั่วไป MOU เท่ากับ MRR ลบ 0.75% ต่อปี", "0.75%", "MRR"],
    // Also, so, ready to: they join a clause to the one before and name nothing.
    ["ยกรอบวงเงินเพิ่มเป็น 17,912 ล้านบาท ช่วยเหลือผู้ประกันตน พร้อมอนุมัติ 16,103 ล้านบาท เยียวยานายจ้าง", "16,103 ล้านบาท", "ผู้ประกันตน"],
    ["ได้รับผลกระทบ นอกจากนั้นยังนำกรดแล็คติกไปผ่านขบวนการสกัดเพื่อผลิตไบโอพลาสติกกว่า 50,000 ตัน", "50,000 ตัน", "กรดแล็คติกไปผ่านขบวนการสกัดเพื่อผลิตไบโอพลาสติก"],
    // A verb of that class alone names nothing: the phrase before it is looked at.
    ["สำหรับโรงพยาบาลสนาม รองรับได้ 224 เตียง", "224 เตียง", "โรงพยาบาลสนาม"],
    ["นายกรัฐมนตรีกำชับความพร้อม ก่อนแจก ATK ฟรี 8.5 ล้านชุด 16 ก.ย.นี้", "8.5 ล้านชุด", "ATK"],
    // เป็นผลจาก (resulting from) starts a clause, as เป็นผลมาจาก does.
    ["จากไตรมาสเดียวกันของปีก่อน โดยเป็นผลจากรายได้ดอกเบี้ยสุทธิที่ลดลงร้อยละ 13.0 ตามแนวโน้ม", "ร้อยละ 13.0", "รายได้ดอกเบี้ยสุทธิ"],
    // So do pay, use, inject (จ่ายเงินเยียวยา, ใช้งบ, ฉีดวัคซีน); ใช้จ่าย (spend) is a word of its own.
    ["ธ.ก.ส. จ่ายเงินชดเชยส่วนต่างรายได้ให้แก่เกษตรกร 1,500 ล้านบาท", "1,500 ล้านบาท", "เงินชดเชยส่วนต่างรายได้ให้แก่เกษตรกร"],
    ["ยอดสะสมการฉีดวัคซีน โดยวันนี้ฉีดวัคซีน 250,000 โดส", "250,000 โดส", "วัคซีน"],
    // Equity in a company's accounts is one noun: ส่วน and ของ, cue words, do not cut it.
    ["หนี้สินรวม 800,000 ล้านบาท ส่วนของผู้ถือหุ้น 400,000 ล้านบาท", "400,000 ล้านบาท", "ส่วนของผู้ถือหุ้น"],
    // What is revealed is measured, not who reveals it; next (รองลงมา) and yesterday name nothing.
    ["กระทรวงพาณิชย์เผยดัชนีราคาผู้บริโภคทั่วไป (CPI) เดือนพฤศจิกายน 2566 ลดลง 0.44%", "0.44%", "ดัชนีราคาผู้บริโภคทั่วไป (CPI)"],
    ["โดยนักท่องเที่ยวจีนมากที่สุด 2.8 ล้านคน รองลงมาคือมาเลเซีย 3.9 ล้านคน", "3.9 ล้านคน", "มาเลเซีย"],
    // ได้รับ gives way to what was received before money, not before a count of who received it.
    ["หลังจากนั้นจะได้รับเงินโอนเข้า 1,000 บาท ทุกวันศุกร์", "1,000 บาท", "เงินโอนเข้า"],
    ["มซ้ำซ้อนกับสวัสดิการอื่น โดยมีผู้สูงอายุได้รับผลกระทบ จำนวน 15,323 คน ซึ่งในวันนี้", "15,323 คน", "ผู้สูงอายุได้รับผลกระทบ"],
    // What is left of ณ สิ้นเดือน … once its date is cut names nothing.
    ["ขณะที่สัดส่วนหนี้สาธารณะ ณ สิ้นเดือนกรกฎาคม 2563 อยู่ที่ร้อยละ 47.0 ต่อ GDP", "ร้อยละ 47.0", "สัดส่วนหนี้สาธารณะ"],
    // A period the segmenter reads with the year link after it (แรก|ของปี as one word) has no subject.
    ["หดตัวร้อยละ 15.14 ส่งผลให้ 9 เดือนแรกของปี 2563 การค้าขาดดุล", "9 เดือน", undefined],
    ["การท่องเที่ยวและการส่งออกเป็นเครื่องยนต์สำคัญ โดยช่วง 8 เดือนแรกของปีนี้ นักท่องเที่ยว", "8 เดือน", undefined],
  ])("%s → %s: %s", (text, written, subject) => {
    expect(fact(text, written).subject).toBe(subject);
  });
});
