// Types of chromium-args.mjs (plain JavaScript, so that the end-to-end runner can load it without a compiler).
export declare const CHROMIUM_ARGS: string[];
