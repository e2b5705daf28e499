// The base every model class extends: it keeps the JSON a model was built from and serves each subclass's
// `fromJSON`. One base instead of the same three members in each of the ~125 models makes the package smaller and
// quicker to load (each private field and method is code the engine compiles at import; see bench/README.md).

// One `fromJSON` function per model class, made on first use. Keyed by the class itself, so a subclass never gets
// its parent's function.
const factories = new WeakMap<object, (data: never) => unknown>();

/**
 * The base of every model class (`User`, `Organization`, …): `instanceof ClerkModel` tells an SDK model from
 * plain JSON, and `raw` gives back the JSON the model was built from.
 * @public
 */
export abstract class ClerkModel<J = unknown> {
  readonly #raw: J;

  /** Keeps `data` as {@link ClerkModel.raw}; each model's constructor maps the fields after this. */
  constructor(data: J) {
    this.#raw = data;
  }

  /** The JSON this object was built from, including fields this SDK version does not map yet. */
  get raw(): J {
    return this.#raw;
  }
}

// Each model declares `static readonly fromJSON: (data: XJSON) => X`; this getter gives it: a plain function (no
// `this` needed, so `list.map(User.fromJSON)` works) that calls the class's constructor. It is installed outside the
// class body so that the base types no `fromJSON` of its own: each model types its own, and the models that another
// model extends keep a static method (a function-typed property could not narrow its parameter in the subclass).
Object.defineProperty(ClerkModel, 'fromJSON', {
  configurable: true,
  get(this: new (data: never) => unknown) {
    let factory = factories.get(this);
    if (factory === undefined) {
      factory = (data: never) => new this(data);
      factories.set(this, factory);
    }
    return factory;
  },
});
