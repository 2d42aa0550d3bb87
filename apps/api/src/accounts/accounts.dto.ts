import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PagingDto } from '../http/paging.dto';
import { ACCOUNT_KINDS, ACCOUNT_ROLES, PARTY_SIDES } from '@pdr/procedures';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { OptionalNested } from '../http/validators/nested';

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._@+-]{1,99}$/;

export class PanelistBindingDto {
  @ApiProperty({ description: 'The Board member this account signs in as (BBB-4.2)' })
  @IsUUID()
  panelistId!: string;
}

export class OpenAccountDto {
  @ApiProperty({ enum: ACCOUNT_KINDS, description: 'person: signs in with a password; service: a job signing in with the client-credentials grant' })
  @IsIn(ACCOUNT_KINDS)
  kind!: (typeof ACCOUNT_KINDS)[number];

  @ApiProperty({ example: 'case.manager', description: "A person's user name, or a service's client id" })
  @Matches(USERNAME, { message: 'username must be 2 to 100 of letters, digits and . _ @ + -' })
  username!: string;

  @ApiProperty({ example: 'Casey Manager' })
  @IsString()
  @Length(1, 200)
  displayName!: string;

  @ApiProperty({ enum: ACCOUNT_ROLES, isArray: true, description: 'Party roles are given through a case invitation' })
  @IsIn(ACCOUNT_ROLES.filter((role) => role !== 'complainant' && role !== 'respondent' && role !== 'representative'), { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  roles!: (typeof ACCOUNT_ROLES)[number][];

  @ApiPropertyOptional({ type: PanelistBindingDto, description: 'Required for a Panelist or hearing officer' })
  @OptionalNested(() => PanelistBindingDto)
  panelist?: PanelistBindingDto;

  @ApiPropertyOptional({ description: 'A person\'s initial password (12 to 256 characters)' })
  @IsOptional()
  @IsString()
  @Length(12, 256)
  password?: string;
}

export class PasswordDto {
  @ApiProperty({ description: '12 to 256 characters' })
  @IsString()
  @Length(12, 256)
  password!: string;
}

export class CloseAccountDto {
  @ApiProperty()
  @IsString()
  @Length(1, 500)
  reason!: string;
}

export class PartyInvitationDto {
  @ApiProperty({ enum: PARTY_SIDES })
  @IsIn(PARTY_SIDES)
  side!: (typeof PARTY_SIDES)[number];

  @ApiPropertyOptional({ description: "The Party's designated representative (BBB-2.5) rather than the Party itself" })
  @IsOptional()
  @IsBoolean()
  representative?: boolean;

  @ApiProperty({ example: 'ada.example' })
  @Matches(USERNAME, { message: 'username must be 2 to 100 of letters, digits and . _ @ + -' })
  username!: string;

  @ApiProperty({ example: 'Ada Example' })
  @IsString()
  @Length(1, 200)
  displayName!: string;
}

export class ListAccountsDto extends PagingDto {
  @ApiPropertyOptional({ description: 'Include closed accounts', default: false })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeClosed?: boolean;
}
