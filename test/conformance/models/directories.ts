// Models of the directories / scimDirectories / enterpriseConnections / samlConnections responses and the component
// schemas they nest. (Role and Permission, nested in the group role mappings, are registered with organizations;
// the admin portal link token answers are inline objects, not component schemas.)
import { Directory } from '../../../src/models/Directory';
import { DirectoryGroupRoleMapping } from '../../../src/models/DirectoryGroupRoleMapping';
import { EnterpriseConnection } from '../../../src/models/EnterpriseConnection';
import { EnterpriseConnectionTestRun } from '../../../src/models/EnterpriseConnectionTestRun';
import { EnterpriseConnectionTestRunUrl } from '../../../src/models/EnterpriseConnectionTestRunUrl';
import { SamlConnection } from '../../../src/models/SamlConnection';
import { SamlConnectionAttributeMapping } from '../../../src/models/SamlConnectionAttributeMapping';
import { SamlConnectionLoginHint } from '../../../src/models/SamlConnectionLoginHint';
import { SCIMDirectory } from '../../../src/models/SCIMDirectory';
import { SCIMGroupRoleMapping } from '../../../src/models/SCIMGroupRoleMapping';
import type { ModelRegistry } from '../types';

export const models: ModelRegistry = {
  Directory: Directory.fromJSON,
  DirectoryGroupRoleMapping: DirectoryGroupRoleMapping.fromJSON,
  EnterpriseConnection: EnterpriseConnection.fromJSON,
  EnterpriseConnectionTestRun: EnterpriseConnectionTestRun.fromJSON,
  // CreateEnterpriseConnectionTestRun's answer ({ url }).
  EnterpriseConnectionTestRunResponse: EnterpriseConnectionTestRunUrl.fromJSON,
  SAMLConnection: SamlConnection.fromJSON,
  SAMLConnectionAttributeMapping: SamlConnectionAttributeMapping.fromJSON,
  SAMLConnectionLoginHint: SamlConnectionLoginHint.fromJSON,
  SCIMDirectory: SCIMDirectory.fromJSON,
  SCIMGroupRoleMapping: SCIMGroupRoleMapping.fromJSON,
};
