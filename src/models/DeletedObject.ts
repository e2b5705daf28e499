import { ClerkModel } from './ClerkModel';
/**
 * Wire shape of the confirmation the API sends after a delete.
 * @public
 */
export interface DeletedObjectJSON {
  // <generated:DeletedObjectJSON>
  object: string;
  id?: string;
  slug?: string;
  deleted: boolean;
  external_id?: string;
  // </generated:DeletedObjectJSON>
}

/**
 * Confirms that a resource was deleted.
 * @public
 */
export class DeletedObject extends ClerkModel<DeletedObjectJSON> {
  // @model DeletedObject from DeletedObject
  // @override object type: string
  // @override object value: data.object
  // <generated:DeletedObject>
  /** Type of the deleted resource, such as `user` or `organization`. */
  declare readonly object: string;
  /** Id of the deleted resource, when the API reports it. */
  declare readonly id: string | null;
  /** Slug of the deleted resource (organizations), when the API reports it. */
  declare readonly slug: string | null;
  /** Whether the resource is now deleted. */
  declare readonly deleted: boolean;
  /** The external id the deleted resource had, when the API reports it. */
  declare readonly externalId: string | null;
  /** Builds a DeletedObject from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: DeletedObjectJSON) => DeletedObject;

  /** Maps the wire JSON; prefer {@link DeletedObject.fromJSON}. */
  constructor(data: DeletedObjectJSON) {
    super(data);
    this.object = data.object;
    this.id = data.id ?? null;
    this.slug = data.slug ?? null;
    this.deleted = data.deleted;
    this.externalId = data.external_id ?? null;
  }
  // </generated:DeletedObject>
}
