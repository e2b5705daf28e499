// Deterministic, realistic payloads shaped by the spec's User schema (2026-05-12): every required field, the
// usual optional ones, and one or two verified email addresses per user.

const BASE = 1716900000000;

function emailAddress(userIndex, n) {
  const created = BASE + userIndex * 1000 + n;
  return {
    id: `idn_2${String(userIndex).padStart(6, '0')}${n}Qx7mVb3kLpR9sT4u`,
    object: 'email_address',
    email_address: n === 0 ? `user${userIndex}@example.com` : `user${userIndex}.work@example.org`,
    reserved: false,
    verification: {
      object: 'verification_otp',
      status: 'verified',
      strategy: 'email_code',
      attempts: 1,
      expire_at: created + 600000,
    },
    linked_to: n === 0 && userIndex % 3 === 0 ? [{ type: 'oauth_google', id: `idn_2g${userIndex}Lk9` }] : [],
    matches_sso_connection: false,
    created_at: created,
    updated_at: created + 5000,
  };
}

export function user(i) {
  const emails = i % 2 === 0 ? [emailAddress(i, 0)] : [emailAddress(i, 0), emailAddress(i, 1)];
  const created = BASE + i * 1000;
  return {
    id: `user_2${String(i).padStart(8, '0')}aB3dE5fG7hJ9kL1mN`,
    object: 'user',
    external_id: i % 4 === 0 ? `ext-${i}` : null,
    primary_email_address_id: emails[0].id,
    primary_phone_number_id: null,
    primary_web3_wallet_id: null,
    username: i % 5 === 0 ? null : `user_${i}`,
    first_name: 'Ada',
    last_name: `Lovelace ${i}`,
    locale: 'en-GB',
    profile_image_url: 'https://www.gravatar.com/avatar?d=mp',
    image_url: `https://img.clerk.com/eyJ0eXBlIjoiZGVmYXVsdCIsImlpZCI6Imluc18yIiwicmlkIjoidXNlcl8${i}`,
    has_image: false,
    public_metadata: { role: i % 7 === 0 ? 'admin' : 'member', plan: 'pro', featureFlags: { betaDashboard: true } },
    private_metadata: { stripe_customer_id: `cus_${i}Q8x`, internalScore: i % 100 },
    unsafe_metadata: { onboardingComplete: true },
    email_addresses: emails,
    phone_numbers: [],
    web3_wallets: [],
    passkeys: [],
    password_enabled: true,
    two_factor_enabled: false,
    totp_enabled: false,
    backup_code_enabled: false,
    mfa_enabled_at: null,
    mfa_disabled_at: null,
    password_last_updated_at: created + 10000,
    external_accounts: [],
    saml_accounts: [],
    enterprise_accounts: [],
    last_sign_in_at: created + 86400000,
    banned: false,
    locked: false,
    deprovisioned: false,
    lockout_expires_in_seconds: null,
    verification_attempts_remaining: 100,
    updated_at: created + 86400000,
    created_at: created,
    delete_self_enabled: true,
    create_organization_enabled: true,
    create_organizations_limit: null,
    last_active_at: created + 86400000,
    legal_accepted_at: null,
    bypass_client_trust: false,
  };
}

export function users(count) {
  return Array.from({ length: count }, (_, i) => user(i));
}

export function allowlistIdentifier(i) {
  return {
    object: 'allowlist_identifier',
    id: `alid_2${String(i).padStart(8, '0')}Hk3`,
    invitation_id: null,
    identifier: `user${i}@example.com`,
    identifier_type: 'email_address',
    instance_id: 'ins_2abc',
    created_at: BASE + i,
    updated_at: BASE + i,
  };
}
