fn main() {
    enlistment_app::start();
}
