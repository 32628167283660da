import { Global, type InjectionToken, Module, type DynamicModule } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuditLog, JournalVersionsRepository, UsersRepository } from './access.repositories.js';
import { AuditEntry, AuditEntrySchema, JournalVersion, JournalVersionSchema, User, UserSchema } from './access.schemas.js';
import { AudioStore } from './audio.store.js';
import { Source, SourceSchema, SourcesRepository } from './sources.js';
import { CallsRepository, FailedJobsRepository, JournalRepository, ReplaysRepository, TranscriptsRepository } from './repositories.js';
import {
  Call,
  CallSchema,
  FailedJob,
  FailedJobSchema,
  JournalEntry,
  JournalEntrySchema,
  ReplayRecord,
  ReplayRecordSchema,
  StoredTranscript,
  TranscriptSchema,
} from './schemas.js';

export interface StoreOptions {
  /** MongoDB connection string (MongoDB 6+ or FerretDB 1.x). */
  uri: string;
}

export interface StoreModuleAsyncOptions {
  imports?: DynamicModule['imports'];
  inject?: InjectionToken[];
  useFactory: (...args: never[]) => StoreOptions | Promise<StoreOptions>;
}

const repositories = [
  CallsRepository,
  TranscriptsRepository,
  JournalRepository,
  FailedJobsRepository,
  ReplaysRepository,
  AudioStore,
  UsersRepository,
  AuditLog,
  JournalVersionsRepository,
  SourcesRepository,
];

@Global()
@Module({})
export class StoreModule {
  static forRootAsync(options: StoreModuleAsyncOptions): DynamicModule {
    return {
      module: StoreModule,
      imports: [
        MongooseModule.forRootAsync({
          imports: options.imports ?? [],
          inject: options.inject ?? [],
          useFactory: async (...args: unknown[]) => {
            const { uri } = await options.useFactory(...(args as never[]));
            // Absent optional fields stay absent (the driver would store them as null).
            return { uri, serverSelectionTimeoutMS: 5_000, autoIndex: true, ignoreUndefined: true };
          },
        }),
        MongooseModule.forFeature([
          { name: Call.name, schema: CallSchema },
          { name: StoredTranscript.name, schema: TranscriptSchema },
          { name: JournalEntry.name, schema: JournalEntrySchema },
          { name: FailedJob.name, schema: FailedJobSchema },
          { name: ReplayRecord.name, schema: ReplayRecordSchema },
          { name: User.name, schema: UserSchema },
          { name: AuditEntry.name, schema: AuditEntrySchema },
          { name: JournalVersion.name, schema: JournalVersionSchema },
          { name: Source.name, schema: SourceSchema },
        ]),
      ],
      providers: repositories,
      exports: [MongooseModule, ...repositories],
    };
  }
}
