/**
 * The comments database's schema, as migrations in order. A migration is
 * never edited once released: a change is a new one at the end. lib/comments/db/migrate.ts
 * applies the missing ones at first use.
 *
 * Personal data and where it goes: `author_email` is for reply notices and
 * the `first` moderation mode, never selected by what a page shows;
 * `ip_hash` is an HMAC of the address (lib/comments/privacy.ts), cleared
 * after 30 days.
 */
import { sql, type Sql } from "./sql";

export interface Migration {
  version: number;
  name: string;
  statements: Sql[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "comments, commenters, rate limits, admin sessions, login attempts",
    statements: [
      sql`create table comments (
        id bigint generated always as identity primary key,
        post_key text not null,
        parent_id bigint references comments (id),
        depth smallint not null default 0 check (depth >= 0),
        author_name text not null,
        author_email text,
        author_url text,
        body text not null,
        state text not null default 'pending' check (state in ('pending', 'approved', 'spam', 'deleted')),
        by_author boolean not null default false,
        created_at timestamptz not null default now(),
        ip_hash text,
        fingerprint text not null,
        submission_id text unique
      )`,
      sql`create index comments_post_state_idx on comments (post_key, state, created_at)`,
      sql`create index comments_email_idx on comments (author_email)`,
      sql`create index comments_fingerprint_idx on comments (fingerprint, created_at)`,
      sql`create table commenters (
        email text primary key,
        verified_at timestamptz,
        created_at timestamptz not null default now()
      )`,
      sql`create table rate_limits (
        bucket text not null,
        key_hash text not null,
        window_start timestamptz not null,
        hits integer not null,
        primary key (bucket, key_hash, window_start)
      )`,
      sql`create table admin_sessions (
        token_hash text primary key,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null
      )`,
      sql`create table login_attempts (
        id bigint generated always as identity primary key,
        ip_hash text not null,
        attempted_at timestamptz not null default now(),
        succeeded boolean not null
      )`,
      sql`create index login_attempts_ip_idx on login_attempts (ip_hash, attempted_at)`,
    ],
  },
  {
    version: 2,
    name: "reply notice subscriptions; when a comment was moderated",
    statements: [
      sql`alter table comments add column moderated_at timestamptz`,
      // A comment already moderated before this column existed: its creation time is the best known.
      sql`update comments set moderated_at = created_at where state <> 'pending'`,
      sql`create table subscriptions (
        id bigint generated always as identity primary key,
        email text not null,
        comment_id bigint not null references comments (id) on delete cascade,
        created_at timestamptz not null default now(),
        unique (email, comment_id)
      )`,
      sql`create index subscriptions_email_idx on subscriptions (email)`,
    ],
  },
  {
    version: 3,
    name: "when an address was last sent its verification link",
    statements: [
      // At most one verification e-mail a day to an address (notices.ts claimVerificationMail).
      sql`alter table commenters add column verification_sent_at timestamptz`,
    ],
  },
  {
    version: 4,
    name: "comments taken in from a post's comments file, by their id there",
    statements: [
      sql`alter table comments add column imported_id text`,
      // One row per comment of a file, whatever its state: a deleted one stays deleted when the file is taken in again.
      sql`create unique index comments_imported_idx on comments (post_key, imported_id)`,
    ],
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
