import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';

export class NoticeDeliveryDto {
  @ApiProperty({ description: 'When the notice reached its recipient (ISO 8601 instant), as the courier or mail server reports it' })
  @IsISO8601({ strict: true, strictSeparator: true })
  deliveredAt!: string;
}
