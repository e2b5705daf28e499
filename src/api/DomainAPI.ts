import { path } from '../core/path';
import { DeletedObject } from '../models/DeletedObject';
import { AbstractAPI } from './AbstractAPI';

/**
 * Manages the instance's domains (v4 exposed only deletion).
 * @public
 */
export class DomainAPI extends AbstractAPI {
  /**
   * Deletes a satellite domain of the instance.
   * @param id - Id of the domain.
   * @returns A {@link DeletedObject} confirming the deletion.
   * @throws {@link ClerkAPIResponseError} 403 when the domain may not be deleted (the primary domain never can be), 404 when it does not exist.
   */
  deleteDomain(id: string): Promise<DeletedObject> {
    return this.request({ method: 'DELETE', path: path`/domains/${id}`, deserialize: DeletedObject.fromJSON });
  }
}
