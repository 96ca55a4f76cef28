-- Operators list the messages that did not go through (parked for a code, rejected with a reason), newest first:
-- a few among millions accepted, found through an index of those alone rather than by walking received_at.
CREATE INDEX hub_message_not_accepted ON hub_message (status, received_at) WHERE status IN ('PARKED', 'REJECTED');
