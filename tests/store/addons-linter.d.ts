// addons-linter ships no types: the part of its documented API (README, "Linter API Usage") we call.
declare module 'addons-linter' {
  interface LinterMessage {
    code: string;
    message: string;
    description?: string;
    file?: string;
    line?: number;
    column?: number;
  }
  interface LinterResult {
    errors: LinterMessage[];
    warnings: LinterMessage[];
    notices: LinterMessage[];
  }
  const linter: {
    createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): {
      run(): Promise<LinterResult>;
    };
  };
  export default linter;
}
