import type { OrderBy } from '../core/types';
import type { ListPromise, PaginationParams } from '../core/pagination';
import { DeletedObject } from '../models/DeletedObject';
import { Machine } from '../models/Machine';
import { MachineScope } from '../models/MachineScope';
import { MachineSecretKey } from '../models/MachineSecretKey';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Parameters of {@link MachineAPI.list}.
 * @public
 */
export interface GetMachineListParams extends PaginationParams {
  // @params type orderBy?: OrderBy<'name' | 'created_at'>
  // <generated:GetMachineListParams> from ListMachines
  /** Exact machine id, or part of a machine name, to filter on. */
  query?: string;
  /** Sort field, `-` for descending, `+` (or nothing) for ascending. The API's default is `-created_at`. */
  orderBy?: OrderBy<'name' | 'created_at'>;
  // </generated:GetMachineListParams>
}

/**
 * Parameters of {@link MachineAPI.create}.
 * @public
 */
export interface CreateMachineParams {
  // <generated:CreateMachineParams> from CreateMachine
  /** Display name of the machine (1–255 characters). */
  name: string;
  /** Ids of existing machines the new machine may call (at most 150). */
  scopedMachines?: string[];
  /** Lifetime in seconds of the tokens the machine creates when no lifetime is asked for (default 3600). */
  defaultTokenTtl?: number;
  // </generated:CreateMachineParams>
}

/**
 * Parameters of {@link MachineAPI.update}.
 * @public
 */
export interface UpdateMachineParams {
  // @params path machine_id
  // <generated:UpdateMachineParams> from UpdateMachine
  /** Id of the machine to change. */
  machineId: string;
  /** New display name. */
  name?: string;
  /** New default token lifetime, in seconds. */
  defaultTokenTtl?: number;
  // </generated:UpdateMachineParams>
}

/**
 * Parameters of {@link MachineAPI.rotateSecretKey}.
 * @public
 */
export interface RotateMachineSecretKeyParams {
  // @params path machine_id
  // <generated:RotateMachineSecretKeyParams> from RotateMachineSecretKey
  /** Id of the machine whose secret key is replaced. */
  machineId: string;
  /** How many seconds (0–28800) the old secret key keeps working, so running clients can switch over. */
  previousTokenTtl: number;
  // </generated:RotateMachineSecretKeyParams>
}

/**
 * Manages machines, the non-human clients of machine-to-machine authentication, their secret keys and which
 * other machines each one may call. Requests go to `/v1/machines…`.
 * @public
 */
export class MachineAPI extends AbstractAPI {
  /**
   * Lists the instance's machines. Await it for one page, or iterate it with `for await` for all.
   * @param params - Page, search and sort options.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link Machine}, with the total count.
   */
  list(params: GetMachineListParams = {}, options?: RequestOptions): ListPromise<Machine> {
    return this.sendList('machines.list GET /machines', [], params, Machine.fromJSON, options, 'optional');
  }

  /**
   * Creates a machine. The response is the only one that carries the machine's secret key.
   * @param params - Name, scoped machines and default token lifetime.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link Machine}, with `secretKey` set.
   * @throws {@link ClerkAPIResponseError} 422 when the name is missing or a scoped machine does not exist.
   */
  create(params: CreateMachineParams, options?: RequestOptions): Promise<Machine> {
    return this.send('machines.create POST /machines j', [], params, Machine.fromJSON, options, 'required');
  }

  /**
   * Fetches one machine, with the machines it may call.
   * @param machineId - Id of the machine.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link Machine}.
   * @throws {@link ClerkAPIResponseError} 404 when no such machine exists.
   */
  get(machineId: string, options?: RequestOptions): Promise<Machine> {
    return this.send('machines.get GET /machines/{}', [machineId], undefined, Machine.fromJSON, options);
  }

  /**
   * Renames a machine or changes its default token lifetime.
   * @param params - The machine id and the fields to change.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link Machine}.
   * @throws {@link ClerkAPIResponseError} 404 when no such machine exists.
   */
  update(params: UpdateMachineParams, options?: RequestOptions): Promise<Machine> {
    const rejected = this.checkParams('machines.update', params);
    if (rejected) return rejected;
    const { machineId, ...body } = params ?? ({} as UpdateMachineParams);
    return this.send('machines.update PATCH /machines/{} j', [machineId], body, Machine.fromJSON, options);
  }

  /**
   * Deletes a machine; its tokens stop working.
   * @param machineId - Id of the machine.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject} (`object: 'machine'`).
   * @throws {@link ClerkAPIResponseError} 404 when no such machine exists.
   */
  delete(machineId: string, options?: RequestOptions): Promise<DeletedObject> {
    return this.send('machines.delete DELETE /machines/{}', [machineId], undefined, DeletedObject.fromJSON, options);
  }

  /**
   * Reads a machine's current secret key.
   * @param machineId - Id of the machine.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link MachineSecretKey}.
   * @throws {@link ClerkAPIResponseError} 404 when no such machine exists.
   */
  getSecretKey(machineId: string, options?: RequestOptions): Promise<MachineSecretKey> {
    return this.send('machines.getSecretKey GET /machines/{}/secret_key', [machineId], undefined, MachineSecretKey.fromJSON, options);
  }

  /**
   * Replaces a machine's secret key, keeping the old one valid for `previousTokenTtl` seconds.
   * @param params - The machine id and the grace period for the old key.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link MachineSecretKey}.
   * @throws {@link ClerkAPIResponseError} 404 when no such machine exists, 422 when the grace period is out of range.
   */
  rotateSecretKey(params: RotateMachineSecretKeyParams, options?: RequestOptions): Promise<MachineSecretKey> {
    const rejected = this.checkParams('machines.rotateSecretKey', params);
    if (rejected) return rejected;
    const { machineId, previousTokenTtl } = params ?? ({} as RotateMachineSecretKeyParams);
    return this.send('machines.rotateSecretKey POST /machines/{}/secret_key/rotate jr', [machineId], { previousTokenTtl }, MachineSecretKey.fromJSON, options);
  }

  /**
   * Lets one machine call another.
   * @param machineId - The machine that gains access.
   * @param toMachineId - The machine it may now call.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link MachineScope}.
   * @throws {@link ClerkAPIResponseError} 404 when either machine does not exist, 422 past 150 scopes.
   */
  createScope(machineId: string, toMachineId: string, options?: RequestOptions): Promise<MachineScope> {
    return this.send('machines.createScope POST /machines/{}/scopes j', [machineId], { toMachineId }, MachineScope.fromJSON, options);
  }

  /**
   * Takes back one machine's access to another.
   * @param machineId - The machine that had access.
   * @param otherMachineId - The machine it could call.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject} (`object: 'machine_scope'`, no `id`); `raw` keeps `from_machine_id` and
   * `to_machine_id`.
   * @throws {@link ClerkAPIResponseError} 404 when the scope does not exist.
   */
  deleteScope(machineId: string, otherMachineId: string, options?: RequestOptions): Promise<DeletedObject> {
    return this.send('machines.deleteScope DELETE /machines/{}/scopes/{}', [machineId, otherMachineId], undefined, DeletedObject.fromJSON, options);
  }
}
