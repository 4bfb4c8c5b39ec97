-- ARC-11 statistics by period: each kind is counted over one year's range of its time column
-- (10,000,000 documents at branch scale, issue 4).
create index archive_document_created on archive_document (created_at);
create index archive_loan_requested on archive_loan (requested_at);
create index archive_loan_returned on archive_loan (returned_at);
create index archive_destruction_destroyed on archive_destruction (destroyed_at);
