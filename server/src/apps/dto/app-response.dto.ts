import { ApiProperty } from '@nestjs/swagger';
import type { AppEntity } from '../app.entity';

export class AppResponseDto {
  @ApiProperty({ example: 'wx0123456789abcdef' })
  appid!: string;

  @ApiProperty({ example: '好物商城' })
  name!: string;

  @ApiProperty({ type: String, nullable: true })
  youshuToken!: string | null;

  @ApiProperty({ description: 'The `token` the runtime and sr-sdk-wxapp send to the collector' })
  collectorToken!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  archivedAt!: string | null;
}

export class DataApiSecretResponseDto {
  @ApiProperty({ description: 'Shown only now; store it safely. Rotate to get a new one.' })
  dataApiSecret!: string;
}

export class AppCreatedResponseDto extends AppResponseDto {
  @ApiProperty({ description: 'Shown only now; store it safely. Rotate to get a new one.' })
  dataApiSecret!: string;
}

export function toAppResponse(a: AppEntity): AppResponseDto {
  return {
    appid: a.appid,
    name: a.name,
    youshuToken: a.youshuToken,
    collectorToken: a.collectorToken,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    archivedAt: a.archivedAt ? a.archivedAt.toISOString() : null,
  };
}
