-- Which hub instance reads each received file, so that a file whose reading was cut short by a stop (the
-- instance died) is marked INTERRUPTED at the next start instead of staying RECEIVED for ever: the file stayed in
-- the partner's folder and is read again under a new row.
ALTER TABLE edi_interchange ADD COLUMN read_by text;
ALTER TABLE edi_interchange DROP CONSTRAINT edi_interchange_status_check;
ALTER TABLE edi_interchange ADD CONSTRAINT edi_interchange_status_check
    CHECK (status IN ('RECEIVED', 'PROCESSED', 'PARTLY_REJECTED', 'REJECTED', 'DUPLICATE', 'FAILED', 'SENT',
                      'INTERRUPTED'));
CREATE INDEX edi_interchange_being_read ON edi_interchange (read_by) WHERE status = 'RECEIVED';
