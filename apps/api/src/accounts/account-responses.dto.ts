import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type Role, ROLES } from '@pdr/event-sourcing';
import { CommandAcceptedDto } from '../http/command-response.dto';

export class CaseBindingDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: ['complainant', 'respondent'] }) side!: 'complainant' | 'respondent';
}

/** Who the access token says the caller is. */
export class WhoAmIDto {
  @ApiProperty({ description: 'The account (or service client) id' }) subject!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: readonly Role[];
  @ApiPropertyOptional({ format: 'uuid', description: 'A Panelist’s Board id (BBB-4.2)' }) panelistId?: string;
  @ApiPropertyOptional({ type: CaseBindingDto, description: 'The case and side a Party or its representative acts on' }) case?: CaseBindingDto;
  @ApiProperty({ description: 'When the token stops being accepted (epoch seconds)' }) expiresAt!: number;
  @ApiProperty({ enum: ROLES, description: 'The role this request acts in' }) actingRole!: Role;
}

/** An opened account. Its password or client secret is shown in this answer only, never again. */
export class OpenedAccountDto extends CommandAcceptedDto {
  @ApiProperty({ format: 'uuid' }) accountId!: string;
  @ApiProperty() username!: string;
  @ApiPropertyOptional({ description: 'A generated password (invitations, persons opened without one): shown once' }) password?: string;
  @ApiPropertyOptional({ description: 'A service account’s client secret: shown once' }) clientSecret?: string;
}

export class SecretRotatedDto extends CommandAcceptedDto {
  @ApiProperty({ description: 'The new client secret: shown once' }) clientSecret!: string;
}

export class AccountBindingDto {
  @ApiProperty({ enum: ['panelist', 'party'] }) kind!: 'panelist' | 'party';
  @ApiPropertyOptional({ format: 'uuid' }) panelistId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) caseId?: string;
  @ApiPropertyOptional({ enum: ['complainant', 'respondent'] }) side?: string;
}

/** An account as administrators list it: never its password hash or secret. */
export class AccountDto {
  @ApiProperty({ format: 'uuid' }) accountId!: string;
  @ApiProperty({ enum: ['person', 'service'] }) kind!: string;
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: string[];
  @ApiPropertyOptional({ type: AccountBindingDto }) binding?: AccountBindingDto;
  @ApiProperty({ enum: ['open', 'closed'] }) status!: 'open' | 'closed';
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) closedAt?: string;
  @ApiProperty({ type: 'integer' }) revision!: number;
}
