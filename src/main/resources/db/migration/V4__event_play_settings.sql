-- Issue 20: how an event plays. Reading time before the answers open, reveal when time is up or everyone answered,
-- move on after the reveal and the leaderboard by itself, the streak bonus, and whether answers are shuffled.
alter table events
    add column reading_time    int     not null default 0 check (reading_time between 0 and 10),
    add column auto_reveal     boolean not null default false,
    add column auto_advance    int     not null default 0 check (auto_advance between 0 and 120),
    add column streak_bonus    boolean not null default false,
    add column shuffle_answers boolean not null default true;

-- consecutive correct answers in the event, for the streak bonus (a wrong or missing answer resets it)
alter table event_participants
    add column answer_streak int not null default 0 check (answer_streak >= 0);
