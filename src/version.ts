declare const __GAZETA_VERSION__: string | undefined;

/** The package's version, written in by the build (tsup.config.ts); running from the sources it is 'source'. */
export const version: string = typeof __GAZETA_VERSION__ === 'string' ? __GAZETA_VERSION__ : 'source';
