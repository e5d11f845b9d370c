// The fields of project JSON as the BMA's monitoring page names them, for Thai messages.

/**
 * What each field is called on the monitoring page, for Thai messages that a page author reads
 * ("ชื่อโครงการ: ห้ามเว้นว่าง"); keyed by the path with its indexes taken out.
 */
export const thaiFieldNames: Record<string, string> = {
  schemaVersion: 'รุ่นของข้อมูล',
  language: 'ภาษาของข้อมูล',
  id: 'รหัสโครงการ',
  title: 'ชื่อโครงการ',
  organization: 'หน่วยงาน',
  'organization.name': 'ชื่อหน่วยงาน',
  'organization.code': 'รหัสหน่วยงาน',
  fiscalYear: 'ปีงบประมาณ',
  fiscalYearStartMonth: 'เดือนเริ่มต้นปีงบประมาณ',
  owner: 'ผู้รับผิดชอบโครงการ',
  'owner.name': 'ชื่อผู้รับผิดชอบโครงการ',
  'owner.phone': 'หมายเลขโทรศัพท์',
  progress: 'ความคืบหน้าโครงการ',
  evaluation: 'ผลการประเมินโครงการ',
  'evaluation.quarter': 'ไตรมาสที่ประเมิน',
  'evaluation.score': 'คะแนนการประเมินโครงการ',
  'evaluation.by': 'หน่วยงานผู้ประเมิน',
  links: 'ลิงก์ของโครงการ',
  'links[].label': 'ชื่อลิงก์',
  'links[].href': 'ที่อยู่ลิงก์',
  rationale: 'หลักการและเหตุผล',
  objectives: 'วัตถุประสงค์',
  targets: 'เป้าหมายของโครงการ',
  alignment: 'ความสอดคล้องกับยุทธศาสตร์',
  log: 'ผลการดำเนินงาน',
  'log[]': 'รายงานผล',
  'log[].date': 'วันที่รายงานผล',
  'log[].percent': 'ร้อยละความคืบหน้าของรายงานผล',
  'log[].note': 'รายละเอียดผลการดำเนินงาน',
  'log[].problems': 'ปัญหาของโครงการ',
  'log[].obstacles': 'อุปสรรคของโครงการ',
  plan: 'แผนการดำเนินงาน',
  'plan[]': 'ขั้นตอนการดำเนินงาน',
  'plan[].step': 'ลำดับขั้นตอน',
  'plan[].name': 'ชื่อขั้นตอน',
  'plan[].weight': 'น้ำหนักของขั้นตอน',
  'plan[].start': 'วันเริ่มต้นขั้นตอน',
  'plan[].end': 'วันสิ้นสุดขั้นตอน',
  kpis: 'ตัวชี้วัด',
  'kpis[]': 'ตัวชี้วัด',
  'kpis[].code': 'รหัสตัวชี้วัด',
  'kpis[].name': 'ชื่อตัวชี้วัด',
  'kpis[].unit': 'หน่วยนับของตัวชี้วัด',
  'kpis[].target': 'ค่าเป้าหมาย',
  'kpis[].achieved': 'ผลงานที่ทำได้',
  'kpis[].direction': 'ทิศทางของตัวชี้วัด',
  'kpis[].type': 'ประเภทตัวชี้วัด',
  'kpis[].level': 'ระดับตัวชี้วัด',
  'kpis[].quarters': 'ผลรายไตรมาส',
  'kpis[].quarters[].quarter': 'ไตรมาสที่',
  'kpis[].quarters[].result': 'ผลงานรายไตรมาส',
  'kpis[].quarters[].score': 'คะแนนรายไตรมาส',
  'kpis[].quarters[].assessments': 'ผลประเมินตัวชี้วัด',
};

/** The Thai name of the field at `path` (`log[0].percent` → ร้อยละความคืบหน้าของรายงานผล). */
export function thaiFieldName(path: string): string | undefined {
  const key = path.replace(/\[\d+\]/g, '[]');
  return Object.hasOwn(thaiFieldNames, key) ? thaiFieldNames[key] : undefined;
}
