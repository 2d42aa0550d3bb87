export * from './config/app-config';
export * from './tokens';
export * from './platform.module';
export * from './projections/projections.module';
export * from './projections/projections.service';
