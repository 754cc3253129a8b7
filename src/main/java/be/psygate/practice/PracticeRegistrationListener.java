package be.psygate.practice;

/** Told of every practice registered or updated, e.g. to prepare its SFTP home. */
public interface PracticeRegistrationListener {

    void registered(Practice practice);
}
