fn main() {
    council_journeys::start();
}
