-- Issue 20: moderation. The organiser removes a player (kept, marked removed: its answers stay in the results) and
-- adds words that no display name of the event may contain, beside the built-in lists.
alter table event_participants add column removed_at timestamptz;
-- a join looks up the event's removed names: few rows, found through this partial index
create index event_participants_removed_idx on event_participants (event_id) where removed_at is not null;

alter table events
    add column blocked_words text[] not null default '{}' check (array_position(blocked_words, null) is null);
