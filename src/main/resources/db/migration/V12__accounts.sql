-- People who sign in with the district's OpenID Connect provider, what they may do (memberships), and how they
-- are asked in (invitations). A person is (issuer, subject): e-mail addresses change, the provider's subject does not.
CREATE TABLE app_user (
    id              UUID          PRIMARY KEY,
    issuer          VARCHAR(500)  NOT NULL,
    subject         VARCHAR(255)  NOT NULL,
    email           VARCHAR(320),
    email_verified  BOOLEAN       NOT NULL DEFAULT false,
    display_name    VARCHAR(200),
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    last_seen_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT app_user_identity_uq UNIQUE (issuer, subject)
);
CREATE INDEX app_user_email_idx ON app_user (lower(email));

-- One row per power a person holds: district staff; staff of a school (principal, or school staff with the same
-- powers there); staff of an organization (owner, who may invite and remove, or member).
CREATE TABLE membership (
    id               UUID          PRIMARY KEY,
    user_id          UUID          NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    scope            VARCHAR(20)   NOT NULL,
    school_id        UUID          REFERENCES school (id) ON DELETE CASCADE,
    organization_id  UUID          REFERENCES organization (id) ON DELETE CASCADE,
    role             VARCHAR(20)   NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    created_by       VARCHAR(200)  NOT NULL,
    CONSTRAINT membership_scope_ck CHECK (
        (scope = 'district' AND school_id IS NULL AND organization_id IS NULL AND role = 'staff')
        OR (scope = 'school' AND school_id IS NOT NULL AND organization_id IS NULL AND role IN ('principal', 'staff'))
        OR (scope = 'organization' AND organization_id IS NOT NULL AND school_id IS NULL AND role IN ('owner', 'member')))
);
-- A person holds each scope once (COALESCE: the district scope has neither id).
CREATE UNIQUE INDEX membership_scope_uq ON membership
    (user_id, scope, COALESCE(school_id, organization_id, '00000000-0000-0000-0000-000000000000'::uuid));
CREATE INDEX membership_school_idx ON membership (school_id) WHERE school_id IS NOT NULL;
CREATE INDEX membership_organization_idx ON membership (organization_id) WHERE organization_id IS NOT NULL;

-- An invitation is single use, expires, and can be revoked. Only a SHA-256 of its token is kept: the link is shown
-- to the inviter once, and a database reader cannot use the stored value.
CREATE TABLE invitation (
    id               UUID          PRIMARY KEY,
    token_hash       VARCHAR(64)   NOT NULL UNIQUE,
    email            VARCHAR(320)  NOT NULL,
    scope            VARCHAR(20)   NOT NULL,
    school_id        UUID          REFERENCES school (id) ON DELETE CASCADE,
    organization_id  UUID          REFERENCES organization (id) ON DELETE CASCADE,
    role             VARCHAR(20)   NOT NULL,
    invited_by       VARCHAR(200)  NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    expires_at       TIMESTAMPTZ   NOT NULL,
    accepted_at      TIMESTAMPTZ,
    accepted_by      UUID          REFERENCES app_user (id) ON DELETE SET NULL,
    revoked_at       TIMESTAMPTZ,
    CONSTRAINT invitation_scope_ck CHECK (
        (scope = 'district' AND school_id IS NULL AND organization_id IS NULL AND role = 'staff')
        OR (scope = 'school' AND school_id IS NOT NULL AND organization_id IS NULL AND role IN ('principal', 'staff'))
        OR (scope = 'organization' AND organization_id IS NOT NULL AND school_id IS NULL AND role IN ('owner', 'member'))),
    CONSTRAINT invitation_expiry_ck CHECK (expires_at > created_at),
    CONSTRAINT invitation_email_ck CHECK (email = lower(email))
);
CREATE INDEX invitation_school_idx ON invitation (school_id) WHERE school_id IS NOT NULL;
CREATE INDEX invitation_organization_idx ON invitation (organization_id) WHERE organization_id IS NOT NULL;
