-- Issue 21: how an event looks on the big screen and the phones: one of the built-in colour sets (each checked for
-- 4.5:1 text contrast) and the organiser's logo, an image of the event like a question's picture.
alter table events
    add column theme         varchar(20) not null default 'classic'
        check (theme in ('classic', 'ocean', 'forest', 'sunset', 'berry')),
    add column logo_image_id uuid references images (id) on delete set null;
create index events_logo_image_idx on events (logo_image_id);
