import type { LapseReason } from './business.events';
import { programmeIdOf } from '../programmes/programme-registry';
import type { BusinessState, ParticipationPeriod } from './business.state';

/** Whether a business was a Participating Business of a program at an instant, and since or until when. */
export interface ParticipationStatus {
  readonly current: boolean;
  /** Start of the period current at the instant. */
  readonly since?: string;
  /** When not current: when the latest earlier period ended, and why. */
  readonly lapsedAt?: string;
  readonly lapseReason?: LapseReason;
  /** When current: the frameworks certified as of the instant (renewals may change them). */
  readonly frameworks?: readonly string[];
}

function millis(instant: string): number {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`"${instant}" is not an ISO 8601 instant`);
  return ms;
}

/** The same answer over bare periods (oldest first), so the read side can ask its stored periods. */
export function participationInPeriods(periods: readonly ParticipationPeriod[], instant: string): ParticipationStatus {
  const at = millis(instant);
  // Periods are half-open [from, until): a lapse effective at T means not current at T.
  const current = periods.find((p) => millis(p.from) <= at && (p.until === undefined || at < millis(p.until)));
  if (current) {
    const renewed = current.renewals.filter((r) => millis(r.at) <= at);
    const frameworks = renewed.length > 0 ? renewed[renewed.length - 1].frameworks : current.frameworks;
    return { current: true, since: current.from, frameworks };
  }
  const ended = periods.filter((p) => p.until !== undefined && millis(p.until) <= at);
  const last = ended[ended.length - 1];
  if (!last) return { current: false };
  return { current: false, lapsedAt: last.until, ...(last.lapseReason ? { lapseReason: last.lapseReason } : {}) };
}

/**
 * The answer over several tracks of periods of one programme: participation recorded by staff, and each framework's
 * self-certification (CASRO-4, frameworks separate). Current when any track is; `frameworks` are those in good standing
 * at the instant, `since` the earliest start among the current tracks; otherwise the latest lapse before the instant.
 * One track gives exactly `participationInPeriods`'s answer.
 */
export function participationInTracks(tracks: readonly (readonly ParticipationPeriod[])[], instant: string): ParticipationStatus {
  const statuses = tracks.map((periods) => participationInPeriods(periods, instant));
  if (statuses.length === 0) {
    millis(instant);
    return { current: false };
  }
  if (statuses.length === 1) return statuses[0];
  const current = statuses.filter((status) => status.current);
  if (current.length > 0) {
    const frameworks = [...new Set(current.flatMap((status) => status.frameworks ?? []))];
    const since = current.map((status) => status.since!).reduce((a, b) => (millis(a) <= millis(b) ? a : b));
    return { current: true, since, frameworks };
  }
  const lapsed = statuses.filter((status) => status.lapsedAt !== undefined);
  if (lapsed.length === 0) return { current: false };
  return lapsed.reduce((a, b) => (millis(a.lapsedAt!) >= millis(b.lapsedAt!) ? a : b));
}

/**
 * BBB-2.3 / VS-3.1(b) / CASRO-4: was participation in programme `program` current at `instant` (e.g. when a complaint
 * was filed), and for which frameworks? An id recorded before programmes were their own concept (a rulebook id) is read
 * as its programme's. An unregistered business was never current.
 */
export function participationAt(state: BusinessState, program: string, instant: string): ParticipationStatus {
  if (state.status === 'none') {
    millis(instant);
    return { current: false };
  }
  const programmeId = programmeIdOf(program);
  const certified = Object.values(state.certifications?.[programmeId] ?? {});
  return participationInTracks([state.participation[programmeId] ?? [], ...certified], instant);
}
