import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RELATIONSHIP_KINDS, type RelationshipKind } from '@pdr/procedures';
import { CommandAcceptedDto } from '../http/command-response.dto';

/** A declared tie, checked for conflicts at every selection (BBB-4.2.1). */
export class PanelistRelationshipDto {
  @ApiProperty({ description: 'The business or person' }) with!: string;
  @ApiPropertyOptional({ format: 'uuid' }) businessId?: string;
  @ApiProperty({ enum: RELATIONSHIP_KINDS }) kind!: RelationshipKind;
  @ApiProperty() description!: string;
  @ApiProperty({ format: 'date-time' }) declaredAt!: string;
}

export class PanelistWithdrawalDto {
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) withdrawnAt!: string;
}

/** A member of the Data Privacy Board (BBB-4.2) with everything selection checks. */
export class PanelistDto {
  @ApiProperty({ format: 'uuid' }) panelistId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty() employer!: string;
  @ApiProperty({ type: [String] }) employerCompetitors!: string[];
  @ApiProperty({ type: [String] }) affiliations!: string[];
  @ApiProperty({ type: [String] }) qualifications!: string[];
  @ApiProperty({ format: 'date' }) confidentialityAgreementSignedOn!: string;
  @ApiProperty({ type: [PanelistRelationshipDto] }) relationships!: PanelistRelationshipDto[];
  @ApiProperty({ description: 'False once withdrawn from the Board' }) active!: boolean;
  @ApiPropertyOptional({ type: PanelistWithdrawalDto }) withdrawal?: PanelistWithdrawalDto;
  @ApiProperty({ format: 'date-time' }) enrolledAt!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class SelectionExclusionDto {
  @ApiProperty({ format: 'uuid' }) panelistId!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ description: "The Board's rule the exclusion is made under, from its data: membership (BBB-4.2) or a conflict (BBB-4.2.1)" }) rule!: string;
}

/** Who selection would find eligible and who excluded, and why; never whom a draw would pick (BBB-4.2). */
export class SelectionPreviewResultDto {
  @ApiProperty({ type: [String], description: 'Eligible Panelist ids, sorted' }) eligible!: readonly string[];
  @ApiProperty({ type: [SelectionExclusionDto], description: 'One entry per reason: a Panelist with two conflicts appears twice' }) excluded!: readonly SelectionExclusionDto[];
}

export class PanelistEnrolledDto extends CommandAcceptedDto {
  @ApiProperty({ format: 'uuid' }) panelistId!: string;
}
