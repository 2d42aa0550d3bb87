import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { mapOf } from '../../http/map-of';

// One audience's copy of the Case Record (CaseRecordView of the read side, BBB-4.3.2). Confidential (BBB-8.2).

const SIDES = ['complainant', 'respondent'];

export class RecordComplaintDto {
  @ApiProperty({ description: "The Complainant's allegation as filed (BBB-2.3.1); `[erased]` after an erasure" }) allegation!: string;
  @ApiProperty({ type: [String], description: 'The outcomes sought as filed' }) outcomesSought!: string[];
}

export class RecordSubmissionDto {
  @ApiProperty({ enum: SIDES }) party!: string;
  @ApiProperty({ description: 'The document, or a summary of it; for a Position that is the original complaint, the complaint (allegation and outcomes sought)' }) summary!: string;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiPropertyOptional({ description: 'The document this one is an addendum to', example: 'position' }) addendumTo?: string;
  @ApiPropertyOptional({ description: 'BBB-4.4: the original complaint was accepted as the Position, at the Complainant\'s request' }) fromComplaint?: boolean;
  @ApiPropertyOptional({ type: RecordComplaintDto, description: 'The complaint accepted as the Position, read from the case\'s log' }) complaint?: RecordComplaintDto;
  @ApiPropertyOptional({ description: 'What was recorded when the complaint was accepted as the Position' }) note?: string;
}

export class ProprietaryItemDto {
  @ApiProperty({ example: 'proprietary-1' }) designationId!: string;
  @ApiProperty({ example: 'rebuttal' }) documentId!: string;
  @ApiProperty({ enum: SIDES }) party!: 'complainant' | 'respondent';
  @ApiProperty({ description: 'The non-confidential summary (BBB-8.6)' }) summary!: string;
  @ApiPropertyOptional({ description: 'Absent from the other Party’s copy' }) description?: string;
  @ApiPropertyOptional({ description: 'The Proprietary Information itself: the Panelist’s copy (accepted only) and the designating Party’s own' }) content?: string;
  @ApiPropertyOptional({ enum: ['pending', 'accepted', 'returned'], description: 'In the designating Party’s copy' }) status?: string;
  @ApiProperty({ description: 'True in the other Party’s copy: only the summary is shown (BBB-8.5)' }) redacted!: boolean;
}

export class LanguageAssistanceViewDto {
  @ApiProperty({ enum: SIDES }) party!: string;
  @ApiProperty() language!: string;
  @ApiProperty({ enum: ['translation', 'interpretation'] }) kind!: string;
}

export class RecordDisposalDto {
  @ApiProperty({ format: 'date-time' }) disposedAt!: string;
  @ApiProperty({ type: [String], description: 'What was kept (the Settlement Agreement or the Decision)' }) retained!: string[];
  @ApiProperty({ example: 'BBB-8.3' }) rule!: string;
}

export class CaseRecordViewDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: ['panelist', 'complainant', 'respondent'] }) audience!: 'panelist' | 'complainant' | 'respondent';
  @ApiProperty({ description: 'Always true: BBB-8.2, sealed from public access' }) confidential!: true;
  @ApiProperty({ description: "The case's rulebook's confidentiality rule (its document rules; BBB: BBB-8.2)" }) confidentialityRule!: string;
  @ApiProperty({ description: "The case's rulebook's Case Record rule (its document rules; BBB: BBB-4.3.2)" }) rule!: string;
  @ApiProperty({ ...mapOf(RecordSubmissionDto), description: 'Position, Rebuttal and their addenda, by document' }) submissions!: Record<string, RecordSubmissionDto>;
  @ApiProperty({ type: [ProprietaryItemDto] }) proprietary!: ProprietaryItemDto[];
  @ApiProperty({ type: [LanguageAssistanceViewDto] }) languageAssistance!: LanguageAssistanceViewDto[];
  @ApiPropertyOptional({ type: RecordDisposalDto, description: 'After BBB-8.3 disposal' }) disposed?: RecordDisposalDto;
}
