// The composition of extractDocument (STYLE.md "Stages"; remark's `.use()` chain is the
// model): an ordered list of named stages, each reading fields that the input or an earlier
// stage produced and returning the fields it adds. The list is built with `then`, so the
// compiler checks the wiring (a stage that reads a field no earlier stage wrote does not
// compile); `run` is a fold over the same list, so the list is the truth.

/** One named stage: reads part of the state and returns the fields it adds or refines. */
export interface Stage<In, Out extends object> {
  /** Kebab-case name, as `kg extract --explain` lists it. */
  readonly name: string;
  /** The one kind of decision the stage makes. */
  readonly does: string;
  /** The modules whose rules it applies (paths under extractors/), its own first. */
  readonly modules: readonly string[];
  readonly run: (input: In) => Out;
}

/** What a listing shows of a stage. */
export type StageInfo = Pick<Stage<never, object>, 'name' | 'does' | 'modules'>;

/** A's fields with B's added; B's type wins where both have a field (a refinement). */
export type Merge<A, B> = { [K in keyof A | keyof B]: K extends keyof B ? B[K] : K extends keyof A ? A[K] : never };

/** An ordered, type-checked list of stages from an Input to the State the last one leaves. */
export class StageList<Input extends object, State extends object> {
  private constructor(private readonly steps: ReadonlyArray<Stage<never, object>>) {}

  /** An empty list whose first stage reads Input. */
  static from<Input extends object>(): StageList<Input, Input> {
    return new StageList<Input, Input>([]);
  }

  /** The list with one more stage, which may read anything the input or earlier stages wrote. */
  then<Out extends object>(stage: Stage<State, Out>): StageList<Input, Merge<State, Out>> {
    if (this.steps.some((s) => s.name === stage.name))
      throw new Error(`stage "${stage.name}" is listed twice; stage names must be unique`);
    return new StageList<Input, Merge<State, Out>>([...this.steps, stage as Stage<never, object>]);
  }

  /** The stages in the order `run` applies them. */
  get stages(): readonly StageInfo[] {
    return this.steps.map(({ name, does, modules }) => ({ name, does, modules }));
  }

  /** Runs every stage in order, each on the state the ones before it left. */
  run(input: Input): State {
    return this.fold(input, this.steps.length);
  }

  /**
   * The state `stage` receives for this input: the stages before it, run in order. Typed as
   * the stage's input, which `then` checked those stages provide.
   */
  stateBefore<In>(stage: Stage<In, object>, input: Input): In {
    const at = this.steps.indexOf(stage as Stage<never, object>);
    if (at === -1)
      throw new Error(`stage "${stage.name}" is not in this list (${this.steps.map((s) => s.name).join(', ')})`);
    return this.fold(input, at) as unknown as In;
  }

  private fold(input: Input, count: number): State {
    // One object, extended in place: no stage keeps a reference to it beyond its own call.
    const state: object = { ...input };
    for (let k = 0; k < count; k++) Object.assign(state, (this.steps[k] as Stage<never, object>).run(state as never));
    return state as State;
  }
}
