// Models written for the v4 resources whose groups do not register them elsewhere.
import { AllowlistIdentifier } from '../../../src/models/AllowlistIdentifier';
import { Client } from '../../../src/models/Client';
import { DeletedObject } from '../../../src/models/DeletedObject';
import { Invitation } from '../../../src/models/Invitation';
import { RedirectUrl } from '../../../src/models/RedirectUrl';
import { Session } from '../../../src/models/Session';
import { SessionActivity } from '../../../src/models/SessionActivity';
import { SessionTask } from '../../../src/models/SessionTask';
import { SignInToken } from '../../../src/models/SignInToken';
import { Token } from '../../../src/models/Token';
import type { ModelRegistry } from '../types';

export const models: ModelRegistry = {
  AllowlistIdentifier: AllowlistIdentifier.fromJSON,
  Client: Client.fromJSON,
  DeletedObject: DeletedObject.fromJSON,
  Invitation: Invitation.fromJSON,
  RedirectURL: RedirectUrl.fromJSON,
  Session: Session.fromJSON,
  SessionActivityResponse: SessionActivity.fromJSON,
  SessionTask: SessionTask.fromJSON,
  SignInToken: SignInToken.fromJSON,
  Token: Token.fromJSON,
};
