import { ApiProperty } from '@nestjs/swagger';
import { IsInstant } from '../../http/validators/is-instant';

export class NoticeDeliveryDto {
  @ApiProperty({ description: 'When the notice reached its recipient (ISO 8601 instant), as the courier or mail server reports it' })
  @IsInstant()
  deliveredAt!: string;
}
