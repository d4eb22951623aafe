import { Body, Controller, Get, HttpCode, Inject, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ApiErrorResponseDto } from '../common/api-error-response.dto';
import { UsersService } from '../users/users.service';
import type { AuthUser } from './auth-user';
import { InvalidCredentialsError } from './auth-errors';
import { CurrentUser } from './current-user.decorator';
import { LoginResponseDto } from './dto/login-response.dto';
import { LoginDto } from './dto/login.dto';
import { MeResponseDto, toMeResponse } from './dto/me-response.dto';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { Public } from './public.decorator';
import { TokenService } from './token.service';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @UseGuards(LoginThrottlerGuard)
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password', type: ApiErrorResponseDto })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts for this IP and username', type: ApiErrorResponseDto })
  async login(@Body() body: LoginDto): Promise<LoginResponseDto> {
    const user = await this.users.verifyCredentials(body.username, body.password);
    if (!user) throw new InvalidCredentialsError();
    return { token: this.tokens.sign(user), expiresIn: this.config.tokenTtlSeconds };
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOkResponse({ type: MeResponseDto })
  @ApiUnauthorizedResponse({ type: ApiErrorResponseDto })
  me(@CurrentUser() user: AuthUser): MeResponseDto {
    return toMeResponse(user);
  }
}
