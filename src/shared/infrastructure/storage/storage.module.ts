import { DynamicModule, Global, Module } from '@nestjs/common';
import { join } from 'node:path';
import { AppConfig } from '../../../config/app-config';
import { FileStorage } from '../../application/file-storage';
import { FilesystemFileStorage } from './filesystem-file-storage';

/** The FileStorage port for every context: files under DATA_DIR/files. */
@Global()
@Module({})
export class StorageModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: StorageModule,
      providers: [
        { provide: FileStorage, useFactory: () => new FilesystemFileStorage(join(config.dataDir, 'files')) },
      ],
      exports: [FileStorage],
    };
  }
}
