import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Min } from 'class-validator';
import { AppidParamDto } from '../../apps/dto/appid-param.dto';

const NUMBER = { message: 'must be a version number (1, 2, 3…) / 必须是版本号' };

export class VersionParamsDto extends AppidParamDto {
  @ApiProperty({ example: 3 })
  @Type(() => Number)
  @IsInt(NUMBER)
  @Min(1, NUMBER)
  n!: number;
}

export class DiffParamsDto extends AppidParamDto {
  @ApiProperty({ example: 2, description: 'The older version' })
  @Type(() => Number)
  @IsInt(NUMBER)
  @Min(1, NUMBER)
  a!: number;

  @ApiProperty({ example: 3, description: 'The newer version' })
  @Type(() => Number)
  @IsInt(NUMBER)
  @Min(1, NUMBER)
  b!: number;
}
