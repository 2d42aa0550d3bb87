import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RELATIONSHIP_KINDS, type RelationshipKind } from '@pdr/procedures';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';

export class DeclareRelationshipDto {
  @ApiProperty({ example: 'Acme Analytics Inc.', description: 'The business or person the tie is with' })
  @IsString()
  @Length(1, 300)
  with!: string;

  @ApiPropertyOptional({ description: "The business's id, when known: matched against a Respondent's business id" })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  businessId?: string;

  @ApiProperty({ enum: RELATIONSHIP_KINDS })
  @IsIn(RELATIONSHIP_KINDS)
  kind!: RelationshipKind;

  @ApiProperty({ example: 'Advised on their privacy programme in 2024' })
  @IsString()
  @Length(1, 2000)
  description!: string;
}

export class WithdrawPanelistDto {
  @ApiProperty({ example: 'Retired from practice' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
