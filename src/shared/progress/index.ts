export * from './schema';
export * from './events';
export * from './activity';
export * from './reducer';
export * from './rebuild';
export * from './continue-target';
