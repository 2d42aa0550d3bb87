import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, NotFoundException, ServiceUnavailableException, UnprocessableEntityException } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type Clock, type CommandContext, type CommandOutcome, CommandProcessor, deterministicId, NotificationError, type Notifier, PENDING_SUBMISSION_RULES, PendingSubmissions } from '@pdr/application';
import { caseDecider, findProgramme, type Programme } from '@pdr/procedures';
import { CLOCK } from '@pdr/platform';
import { FileComplaintCommand, filingCommand } from '../cases/file-complaint.command';
import type { FileComplaintDto } from '../cases/file-complaint.dto';
import { RecordContactCommand } from '../contacts/record-contact.command';
import type { PublicComplaintDto } from './public-complaint.dto';
import { NOTIFIER } from './public-intake.tokens';

/** What is held, sealed, until the submitter confirms: the complaint as sent (already validated). */
export interface HeldComplaint {
  readonly complaint: PublicComplaintDto;
}

/** The channel of every complaint through a public form (VS-3.3: electronic submission). */
const WEB_FORM = 'web-form';
/** Who files on confirmation: the intake itself, for the submitter who proved control of the address; no person's token. */
const INTAKE_ACTOR = 'public-intake';

/**
 * Public complaint intake (CASRO-6, VS-3.1, VS-3.3). A submission is decided at once as staff filing would decide it
 * (the same DTO validation, then the case decider on an empty case, with nothing appended), held sealed until its
 * submitter confirms the code sent to their address, then filed through staff intake's own commands: a contact
 * recorded (BBB-2.1) and the complaint filed naming it and the programme. Nothing personal is logged.
 */
@Injectable()
export class PublicIntake {
  private readonly logger = new Logger('PublicIntake');

  constructor(
    private readonly commands: CommandBus,
    private readonly processor: CommandProcessor,
    private readonly pending: PendingSubmissions<HeldComplaint>,
    @Inject(NOTIFIER) private readonly notifier: Notifier,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The programme, if it takes complaints through a public form; otherwise 404 (unknown and closed look alike). */
  programme(programmeId: string): Programme {
    const programme = findProgramme(programmeId);
    if (!programme?.publicIntake) throw new NotFoundException({ message: 'no programme with a public complaints page of that id', field: 'programmeId' });
    return programme;
  }

  async submit(programmeId: string, complaint: PublicComplaintDto): Promise<{ submissionId: string; expiresAt: string }> {
    const programme = this.programme(programmeId);
    await this.decideWithoutWriting(programme, complaint, this.clock.now().toISOString());
    const held = await this.pending.hold(programme.id, { complaint });
    try {
      await this.notifier.send({
        to: complaint.complainant.email,
        subject: `Confirm your complaint to the ${programme.name}`,
        text: [
          `Your confirmation code is ${held.code}.`,
          '',
          `To file your complaint with the ${programme.name}, send this code to`,
          `POST /programmes/${programme.id}/complaints/${held.submissionId}/confirmation`,
          `before ${held.expiresAt}. After that, or after ${PENDING_SUBMISSION_RULES.maxAttempts} wrong codes, the submission is deleted.`,
          'If you did not send a complaint, ignore this message: nothing is filed without the code.',
        ].join('\n'),
      });
    } catch (error) {
      await this.pending.release(held.submissionId);
      if (!(error instanceof NotificationError)) throw error;
      this.logger.warn(`confirmation code not sent (${error.reason}); submission ${held.submissionId} purged`);
      throw new ServiceUnavailableException({ message: 'the confirmation code could not be sent: submit again later' });
    }
    return { submissionId: held.submissionId, expiresAt: held.expiresAt };
  }

  async confirm(programmeId: string, submissionId: string, code: string, correlationId: string): Promise<{ caseId: string; outcome: CommandOutcome }> {
    const programme = this.programme(programmeId);
    const confirmed = await this.pending.confirm(programme.id, submissionId, code);
    if (confirmed.kind === 'unknown') throw new NotFoundException({ message: 'no pending submission of that id: unknown, already confirmed, or expired', field: 'submissionId' });
    if (confirmed.kind === 'wrong-code') {
      throw new UnprocessableEntityException({
        message: confirmed.attemptsLeft > 0 ? `wrong code: ${confirmed.attemptsLeft} attempt(s) left` : 'wrong code: no attempts left, the submission was deleted',
        rule: 'CONFIRMATION-CODE',
        field: 'code',
        attemptsLeft: confirmed.attemptsLeft,
      });
    }
    const { complaint } = confirmed.content;
    // The same ids on a retry: a confirmation interrupted after filing files nothing twice.
    const contactId = deterministicId('public-intake', submissionId, 'contact');
    const caseId = deterministicId('public-intake', submissionId, 'case');
    const context = (step: string): CommandContext => ({
      actorId: INTAKE_ACTOR,
      actorRole: 'system',
      correlationId,
      commandId: randomUUID(),
      idempotencyKey: deterministicId('public-intake', submissionId, step),
      requestFingerprint: deterministicId('public-intake', submissionId),
    });
    // BBB-2.1: the contact, recorded as staff record one.
    await this.commands.execute(
      new RecordContactCommand(
        contactId,
        {
          rulebookId: programme.rulebookId,
          receivedAt: confirmed.receivedAt,
          channel: WEB_FORM,
          potentialComplainant: { name: complaint.complainant.name, email: complaint.complainant.email, country: complaint.complainant.country },
          respondentName: complaint.respondent.name,
          summary: complaint.allegation,
        },
        context('contact'),
      ),
    );
    const outcome: CommandOutcome = await this.commands.execute(new FileComplaintCommand(caseId, filingOf(programme, complaint, confirmed.receivedAt, contactId), context('case')));
    await this.pending.release(submissionId);
    await this.acknowledge(programme, complaint.complainant.email, caseId);
    return { caseId, outcome };
  }

  /** The filing acknowledged to the submitter: the case reference, nothing more than they sent. */
  private async acknowledge(programme: Programme, to: string, caseId: string): Promise<void> {
    try {
      await this.notifier.send({
        to,
        subject: `Your complaint to the ${programme.name} was filed`,
        text: [`Your complaint to the ${programme.name} was filed.`, '', `Case reference: ${caseId}`, '', 'Quote this reference whenever you write to us about your complaint.'].join('\n'),
      });
    } catch (error) {
      // Filed all the same: staff see the case; the log says which case, never to whom.
      this.logger.warn(`acknowledgement of case ${caseId} not sent (${error instanceof NotificationError ? error.reason : (error as Error).name})`);
    }
  }

  /**
   * Staff intake's decision without its append: the command staff filing builds (`filingCommand`: the programme's
   * rulebook, the registry's answer at receipt), decided by the case decider on an empty case. A refusal is thrown as
   * the handler's would be (422 naming the field and the rule); a valid complaint leaves nothing written.
   */
  private async decideWithoutWriting(programme: Programme, complaint: PublicComplaintDto, receivedAt: string): Promise<void> {
    const command = await filingCommand(this.processor, randomUUID(), filingOf(programme, complaint, receivedAt));
    caseDecider.decide(command(receivedAt), caseDecider.initialState);
  }
}

/** The staff filing a public submission stands for: the programme's rulebook, received when submitted, by web form. */
function filingOf(programme: Programme, complaint: PublicComplaintDto, receivedAt: string, contactId?: string): FileComplaintDto {
  return { ...complaint, rulebookId: programme.rulebookId, programmeId: programme.id, receivedAt, channel: WEB_FORM, ...(contactId ? { contactId } : {}) } as FileComplaintDto;
}
