// Call shapes of the directories / scimDirectories / enterpriseConnections / samlConnections / adminPortalLinkTokens
// methods. Every one of them takes its path ids positionally, then one object with the query or body fields (left
// out when the operation has none), which is the default shape, so there is nothing to declare here.
//
// Notes the conformance test cannot see:
// - enterpriseConnections.* and samlConnections.create/update deep-convert their bodies (saml/oidc blocks, attribute
//   mapping, login hint, custom attributes); scimDirectories/directories create and replace also deep-convert (the
//   group role mapping items have fixed keys), while their update is shallow so attribute_mapping stays verbatim.
// - adminPortalLinkTokens.* are sent without the /v1 prefix (bapi-proxy family) and always send a JSON body.
import type { CallShapes } from '../types';

export const shapes: CallShapes = {};
