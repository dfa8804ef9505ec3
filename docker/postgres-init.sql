-- Keycloak keeps its realm, users and sessions in its own database beside the platform's.
CREATE DATABASE keycloak OWNER eservices;
