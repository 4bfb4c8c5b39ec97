-- ARC-7: when the borrower was reminded of the due date, and when an overdue loan was escalated (each once).
alter table archive_loan add column reminded_at timestamp with time zone;
alter table archive_loan add column overdue_at timestamp with time zone;
create index archive_loan_reminders on archive_loan (status, due_on, reminded_at);
