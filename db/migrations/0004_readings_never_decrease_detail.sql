-- The trigger of 0003 now names the meter and zone it refused (DETAIL "<meter id>:<zone>"), so a
-- submission written as one statement can put the message next to the right field.
CREATE OR REPLACE FUNCTION meter_readings_never_decrease() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  lowest numeric;
  highest numeric;
BEGIN
  SELECT max(r.value) INTO lowest FROM meter_readings r
    WHERE r.meter_id = NEW.meter_id AND r.zone = NEW.zone AND r.period < NEW.period;
  IF lowest IS NULL THEN
    -- A multi-rate meter's initial reading is its total, not each zone's.
    SELECT CASE WHEN m.zones = 1 THEN m.initial_reading ELSE 0 END INTO lowest FROM meters m WHERE m.id = NEW.meter_id;
  END IF;
  IF NEW.value < lowest THEN
    RAISE EXCEPTION 'reading % is below the previous reading %', NEW.value, lowest
      USING ERRCODE = 'check_violation', CONSTRAINT = 'meter_readings_never_decrease',
            DETAIL = NEW.meter_id || ':' || NEW.zone;
  END IF;
  SELECT min(r.value) INTO highest FROM meter_readings r
    WHERE r.meter_id = NEW.meter_id AND r.zone = NEW.zone AND r.period > NEW.period;
  IF highest IS NOT NULL AND NEW.value > highest THEN
    RAISE EXCEPTION 'reading % is above the next period''s reading %', NEW.value, highest
      USING ERRCODE = 'check_violation', CONSTRAINT = 'meter_readings_never_decrease',
            DETAIL = NEW.meter_id || ':' || NEW.zone;
  END IF;
  RETURN NEW;
END;
$$;
