--liquibase formatted sql

--changeset entrix:011-event-seat-rank
-- Best available = the first free seats in zone, row and number order. Sorting every free seat of the type on each
-- hold (a join with seat, then a sort of up to 54,000 rows) made a hold cost 25 ms and more inside the quota lock.
-- seat_rank is that order, precomputed per ticket type when its seats are put on sale, and the partial index below
-- serves "where ticket_type_id = ? and status = 'FREE' order by seat_rank limit n for update skip locked" as an
-- index range scan that stops after n rows.
alter table event_seat add column seat_rank integer;
update event_seat es set seat_rank = r.rank
  from (select es2.event_id, es2.seat_id,
               row_number() over (partition by es2.ticket_type_id order by s.zone_id, s.row_label, s.number, s.id) as rank
          from event_seat es2 join seat s on s.id = es2.seat_id) r
 where es.event_id = r.event_id and es.seat_id = r.seat_id;
alter table event_seat alter column seat_rank set not null;
create index event_seat_best_ix on event_seat (ticket_type_id, seat_rank) where status = 'FREE';

--changeset entrix:011-event-seat-analyze
-- The update above rewrote every inventory row: fresh statistics, or the planner keeps the old table's picture until
-- autovacuum comes round (correlated checks on event_seat went from milliseconds to minutes in the benchmark).
analyze event_seat;
