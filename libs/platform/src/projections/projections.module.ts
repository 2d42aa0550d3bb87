import { Module } from '@nestjs/common';
import { ProjectionsService } from './projections.service';

/** Projections run where this module is imported: the API process on the embedded default, the worker in production. */
@Module({ providers: [ProjectionsService], exports: [ProjectionsService] })
export class ProjectionsModule {}
