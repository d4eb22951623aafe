import type { components } from './openapi';

type Schemas = components['schemas'];

export type App = Schemas['AppResponseDto'];
export type AppCreated = Schemas['AppCreatedResponseDto'];
export type CreateAppInput = Schemas['CreateAppDto'];
export type UpdateAppInput = Schemas['UpdateAppDto'];
export type Me = Schemas['MeResponseDto'];
export type LoginResponse = Schemas['LoginResponseDto'];
export type Draft = Schemas['DraftResponseDto'];
export type Violation = Schemas['ViolationDto'];
export type VersionSummary = Schemas['VersionSummaryDto'];
export type Version = Schemas['VersionResponseDto'];
export type VersionPage = Schemas['VersionPageResponseDto'];
export type VersionDiff = Schemas['VersionDiffResponseDto'];
export type ConfigDiff = Schemas['ConfigDiffDto'];
export type FieldChange = Schemas['FieldChangeDto'];
export type ItemChanges = Schemas['ItemChangesDto'];
export type Release = Schemas['ReleaseResponseDto'];
export type Releases = Schemas['ReleasesResponseDto'];
export type SetReleaseInput = Schemas['SetReleaseDto'];
export type AuditEvent = Schemas['AuditEventResponseDto'];
export type AuditPage = Schemas['AuditPageResponseDto'];
export type User = Schemas['UserResponseDto'];
export type CreateUserInput = Schemas['CreateUserDto'];
export type UpdateUserInput = Schemas['UpdateUserDto'];
export type UserRole = Me['role'];
export type ReleaseEnv = Release['env'];
export type FieldError = { field: string; message: string };
export type DraftDiff = Schemas['DraftDiffResponseDto'];
/** `sample` is any JSON the device saw (the generator reads `unknown` as an empty object). */
export type InventoryItem = Omit<Schemas['InventoryItemResponseDto'], 'sample'> & { sample: unknown };
export type Inventory = { items: InventoryItem[] };
