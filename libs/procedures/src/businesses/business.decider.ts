import { type Decider, RuleViolation } from '@pdr/event-sourcing';
import type { BeginParticipation, BusinessCommand, RecordParticipationLapse, RecordParticipationRenewal, RegisterBusiness } from './business.commands';
import { SELF_CERTIFICATION } from '../rulebooks/certification-rules';
import type { BusinessEvent, ParticipationBegan, ParticipationLapsed, ParticipationRenewed } from './business.events';
import { decideEnrolment, evolveEnrolment } from './enrolment';
import { distinctAliases, openPeriod, pastInstant, requireBusiness, requireFrameworks, requireProgram } from './business-guards';
import type { BusinessState, ParticipationPeriod, RegisteredBusiness } from './business.state';

function register(command: RegisterBusiness, state: BusinessState): BusinessEvent[] {
  if (state.status !== 'none') throw new RuleViolation('conflict', 'BUSINESS-EXISTS', `business ${command.businessId} is already registered`, 'businessId');
  const legalName = command.legalName.trim();
  if (legalName === '') throw new RuleViolation('unprocessable', 'BUSINESS-NAME', 'the legal name is blank', 'legalName');
  const programs = [...new Set(command.programs ?? [])];
  programs.forEach((program) => requireProgram(program, 'programs'));
  return [
    {
      type: 'BusinessRegistered',
      data: {
        businessId: command.businessId,
        legalName,
        aliases: distinctAliases(legalName, command.aliases ?? []),
        ...(command.website === undefined ? {} : { website: command.website }),
        country: command.country,
        programs,
      },
    },
  ];
}

function begin(command: BeginParticipation, state: BusinessState): BusinessEvent[] {
  const business = requireBusiness(state, command.businessId);
  requireProgram(command.program, 'program');
  const effectiveFrom = pastInstant(command.effectiveFrom, command.issuedAt, 'effectiveFrom');
  const frameworks = requireFrameworks(command.frameworks);
  const open = openPeriod(business, command.program);
  if (open) {
    throw new RuleViolation('conflict', 'PARTICIPATION-CURRENT', `already participating in ${command.program} since ${open.from}: record a renewal or a lapse`, 'program');
  }
  const periods = business.participation[command.program] ?? [];
  const lastEnd = periods[periods.length - 1]?.until;
  // Periods are kept in order and never overlap, so "current at T" has one answer.
  if (lastEnd !== undefined && Date.parse(effectiveFrom) < Date.parse(lastEnd)) {
    throw new RuleViolation('conflict', 'PARTICIPATION-ORDER', `the last participation in ${command.program} lapsed at ${lastEnd}, after ${effectiveFrom}`, 'effectiveFrom');
  }
  return [{ type: 'ParticipationBegan', data: { businessId: command.businessId, program: command.program, effectiveFrom, frameworks } }];
}

/** The open period a renewal or lapse acts on; it must have begun before `effectiveFrom` (and after any renewal). */
function requireOpenBefore(business: RegisteredBusiness, program: string, effectiveFrom: string, rule: string): ParticipationPeriod {
  const open = openPeriod(business, program);
  if (!open) throw new RuleViolation('conflict', rule, `${business.businessId} is not currently participating in ${program}`, 'program');
  const latest = open.renewals.length > 0 ? open.renewals[open.renewals.length - 1].at : open.from;
  if (Date.parse(effectiveFrom) <= Date.parse(latest)) {
    throw new RuleViolation('conflict', 'PARTICIPATION-ORDER', `${effectiveFrom} is not after the participation's last change (${latest})`, 'effectiveFrom');
  }
  return open;
}

function renew(command: RecordParticipationRenewal, state: BusinessState): BusinessEvent[] {
  const business = requireBusiness(state, command.businessId);
  requireProgram(command.program, 'program');
  const effectiveFrom = pastInstant(command.effectiveFrom, command.issuedAt, 'effectiveFrom');
  const frameworks = requireFrameworks(command.frameworks);
  // CASRO-4: only a current certification is renewed; a lapsed one begins anew.
  requireOpenBefore(business, command.program, effectiveFrom, SELF_CERTIFICATION.rule);
  return [{ type: 'ParticipationRenewed', data: { businessId: command.businessId, program: command.program, effectiveFrom, frameworks } }];
}

function lapse(command: RecordParticipationLapse, state: BusinessState): BusinessEvent[] {
  const business = requireBusiness(state, command.businessId);
  requireProgram(command.program, 'program');
  const effectiveFrom = pastInstant(command.effectiveFrom, command.issuedAt, 'effectiveFrom');
  requireOpenBefore(business, command.program, effectiveFrom, 'PARTICIPATION-NOT-CURRENT');
  return [{ type: 'ParticipationLapsed', data: { businessId: command.businessId, program: command.program, effectiveFrom, reason: command.reason } }];
}

function withPeriods(business: RegisteredBusiness, program: string, change: (periods: readonly ParticipationPeriod[]) => readonly ParticipationPeriod[]): RegisteredBusiness {
  const periods = change(business.participation[program] ?? []);
  const programs = business.programs.includes(program) ? business.programs : [...business.programs, program];
  return { ...business, programs, participation: { ...business.participation, [program]: periods } };
}

/** Replaces the last (open) period. */
const changeLast = (periods: readonly ParticipationPeriod[], change: (period: ParticipationPeriod) => ParticipationPeriod) =>
  periods.length === 0 ? periods : [...periods.slice(0, -1), change(periods[periods.length - 1])];

const isParticipationEvent = (event: BusinessEvent): event is ParticipationBegan | ParticipationRenewed | ParticipationLapsed =>
  event.type === 'ParticipationBegan' || event.type === 'ParticipationRenewed' || event.type === 'ParticipationLapsed';

/** A participating business of the recourse programs (BBB-2.3 "Participating Business", VS-3.1(b), CASRO-4). */
export const businessDecider: Decider<BusinessCommand, BusinessState, BusinessEvent> = {
  initialState: { status: 'none' },

  decide(command, state) {
    switch (command.kind) {
      case 'RegisterBusiness':
        return register(command, state);
      case 'BeginParticipation':
        return begin(command, state);
      case 'RecordParticipationRenewal':
        return renew(command, state);
      case 'RecordParticipationLapse':
        return lapse(command, state);
      default:
        return decideEnrolment(command, state);
    }
  },

  evolve(state, event) {
    if (event.type === 'BusinessRegistered') {
      const { businessId, legalName, programs } = event.data;
      return { status: 'registered', businessId, legalName, programs, participation: {} };
    }
    if (state.status === 'none') return state;
    if (!isParticipationEvent(event)) return evolveEnrolment(state, event);
    const { program, effectiveFrom } = event.data;
    switch (event.type) {
      case 'ParticipationBegan':
        return withPeriods(state, program, (periods) => [...periods, { from: effectiveFrom, frameworks: event.data.frameworks, renewals: [] }]);
      case 'ParticipationRenewed':
        return withPeriods(state, program, (periods) => changeLast(periods, (p) => ({ ...p, renewals: [...p.renewals, { at: effectiveFrom, frameworks: event.data.frameworks }] })));
      case 'ParticipationLapsed':
        return withPeriods(state, program, (periods) => changeLast(periods, (p) => ({ ...p, until: effectiveFrom, lapseReason: event.data.reason })));
    }
  },
};
