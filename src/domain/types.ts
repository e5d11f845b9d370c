// The shapes the elements work with: a project as parseProject returns it (normalised), and the
// problems and warnings it reports. The zod schema in ../schema describes the input side; a
// type-level check in ./parse.ts keeps the two in step.

import type {
  Calendar,
  DateProblem,
  ExpectKey,
  IsoDate,
  KpiStatus,
  Locale,
  Numerals,
  ScheduleStatus,
} from '../vocabulary/terms.js';

export type {
  Calendar,
  DateProblem,
  ExpectKey,
  IsoDate,
  KpiStatus,
  Locale,
  Numerals,
  ScheduleStatus,
};

/** How messages are worded; the defaults follow the locale. */
export interface MessageOptions {
  calendar?: Calendar;
  numerals?: Numerals;
}

export type Quarter = 1 | 2 | 3 | 4;

// Type aliases rather than interfaces for the nested shapes: an alias can be assigned to the
// schema's input type (whose objects allow unknown keys), so a parsed Project is valid input.
export type LogEntry = {
  date: IsoDate;
  percent: number;
  note: string;
  problems?: string | null;
  obstacles?: string | null;
};

export type PlanStep = {
  step: number;
  name: string;
  weight: number;
  start: IsoDate;
  end: IsoDate;
};

export type KpiQuarter = {
  quarter: Quarter;
  result?: number;
  score?: number;
  assessments?: { criterion: string; score: number }[];
};

export type KpiDirection = 'increase' | 'decrease';
export type KpiLevel = 'output' | 'outcome' | 'impact';

export type Kpi = {
  code: string;
  name: string;
  unit?: string;
  target: number;
  achieved: number;
  /** Whether more is better. The parser fills in the default, `increase`. */
  direction: KpiDirection;
  type?: string;
  level?: KpiLevel;
  quarters?: KpiQuarter[];
};

export type ProjectLink = {
  label: string;
  href: string;
};

export type AlignmentLevel = {
  level: string;
  code?: string;
  title: string;
};

export interface Project {
  schemaVersion: 1;
  language?: string;
  id: string;
  title: string;
  organization: { name: string; code?: string };
  /** Common Era after parsing: a Buddhist-era year in the input (2563) comes back as 2020. */
  fiscalYear: number;
  /** 1–12; the parser fills in the default, 10 (October, the Thai government's year). */
  fiscalYearStartMonth: number;
  owner?: { name: string; phone?: string };
  progress?: number;
  /** The evaluating department's latest assessment; `by` is who evaluated (สยป.). */
  evaluation?: { quarter: Quarter; score?: number; by?: string };
  /** Pages of the host system about this project; `href` is http(s) or relative. */
  links?: ProjectLink[];
  rationale?: string;
  objectives?: string[];
  targets?: string[];
  alignment?: AlignmentLevel[];
  log?: LogEntry[];
  plan?: PlanStep[];
  kpis?: Kpi[];
  /** Unknown keys are kept, never rendered. */
  [unknownKey: string]: unknown;
}

export type IssueCode =
  | 'missing'
  | 'invalid-type'
  | 'not-integer'
  | 'out-of-range'
  | 'invalid-value'
  | 'blank'
  | 'invalid-date'
  | 'end-before-start'
  | 'unsupported-schema-version'
  | 'unsafe-url'
  | 'invalid';

/**
 * One problem that stops the project from being used. `path` is written `log[0].percent`
 * (`''` for the whole value). `params` hold everything `describeIssue` needs to word it again
 * in another language: `expected` (an ExpectKey), `foundType`, `found` (a short literal of a
 * found string, number or boolean), and for dates `reason`, `suggestion`, `start`, `end`.
 */
export interface Issue {
  path: string;
  /** One of IssueCode from parseProject; elements add their own (a failed `src` fetch). */
  code: IssueCode | (string & {});
  message: string;
  params: Record<string, string | number>;
}

export type WarningCode =
  | 'weights-not-100'
  | 'zero-length-step'
  | 'progress-decreased'
  | 'duplicate-log-date'
  | 'future-log-date'
  | 'stale-update'
  | 'behind-schedule'
  | 'no-report'
  | 'overdue'
  | 'kpi-target-zero';

/** A data-quality finding: shown in words, never fatal. */
export interface Warning {
  code: WarningCode;
  path?: string;
  message: string;
  params: Record<string, string | number>;
}

export type ParseResult =
  { ok: true; project: Project; warnings: Warning[] } | { ok: false; issues: Issue[] };
