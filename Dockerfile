# The platform's image: engine-app with the portal, built from this repository.
#   docker build -t eservices .
FROM eclipse-temurin:17-jdk AS build
# Node.js builds the portal's pages (portal-web)
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# dependencies first, so a code change does not download them again
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY process-contract/pom.xml process-contract/
COPY connectors/pom.xml connectors/
COPY portal-api/pom.xml portal-api/
COPY portal-web/pom.xml portal-web/
COPY engine-app/pom.xml engine-app/
COPY bench/pom.xml bench/
RUN ./mvnw -B -q -pl engine-app -am dependency:go-offline -DexcludeGroupIds=org.keycloak || true
COPY . .
RUN IBM_TELEMETRY_DISABLED=true ./mvnw -B -q -pl engine-app -am -DskipTests package \
 && cp engine-app/target/engine-app-*-exec.jar /eservices.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app eservices
WORKDIR /app
COPY --from=build /eservices.jar /app/eservices.jar
USER 10001
EXPOSE 8080
# the compose file's health check asks /actuator/health/readiness with bash alone
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/eservices.jar"]
