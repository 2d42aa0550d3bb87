import { formatNumber } from './format';

/** A bound a figure is compared with in the summary: the benchmark prints, it never asserts. */
export interface Target {
  readonly kind: 'at-least' | 'below';
  readonly value: number;
}

/** One measured number. */
export interface Figure {
  readonly benchmark: string;
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: Target;
}

export type Verdict = 'met' | 'MISSED' | '';

export function verdict(figure: Figure): Verdict {
  if (!figure.target) return '';
  const { kind, value } = figure.target;
  const ok = kind === 'at-least' ? figure.value >= value : figure.value < value;
  return ok ? 'met' : 'MISSED';
}

export function describeTarget(target: Target | undefined, unit: string): string {
  if (!target) return '';
  return `${target.kind === 'at-least' ? '>=' : '<'} ${formatNumber(target.value)} ${unit}`;
}

/** Where a benchmark reports its figures: each is printed as one line the moment it is known. */
export class Reporter {
  readonly figures: Figure[] = [];

  constructor(
    private readonly benchmark: string,
    private readonly onFigure: (figure: Figure) => void = () => undefined,
  ) {}

  figure(name: string, value: number, unit: string, target?: Target): void {
    const figure: Figure = { benchmark: this.benchmark, name, value, unit, ...(target ? { target } : {}) };
    this.figures.push(figure);
    const check = target ? `   (target ${describeTarget(target, unit)}: ${verdict(figure)})` : '';
    process.stdout.write(`[${this.benchmark}] ${name.padEnd(60, '.')} ${formatNumber(value).padStart(12)} ${unit}${check}\n`);
    this.onFigure(figure);
  }

  /** Context that is not a figure (setup progress, parameters). */
  note(text: string): void {
    process.stdout.write(`[${this.benchmark}] ${text}\n`);
  }
}
